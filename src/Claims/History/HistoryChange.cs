namespace CoopAssistant.Claims.History;

/// <summary>One field of a claim changed by a history entry: old → new, in invariant form (enum names, ISO dates, invariant
/// numbers); null when the field had (or has) no value. Evidence and requests use their own field names with a description.</summary>
public sealed record HistoryChange(string Field, string? Old, string? New);
