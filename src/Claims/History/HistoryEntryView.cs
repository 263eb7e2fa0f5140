using CoopAssistant.Claims.Model;

namespace CoopAssistant.Claims.History;

/// <summary>One history entry as read: who (null: CoopAssistant), when, the action, the field changes old → new, and the note and
/// source email that came with it.</summary>
public sealed record HistoryEntryView(
    long ClaimVersion,
    DateTimeOffset At,
    string? ActorObjectId,
    string? ActorName,
    ClaimAction Action,
    IReadOnlyList<HistoryChange> Changes,
    string? Note,
    string? SourceLink,
    DateTimeOffset? SourceDate)
{
    internal static HistoryEntryView From(ClaimHistoryEntry e) => new(
        e.ClaimVersion, e.At, e.ActorObjectId, e.ActorName, e.Action, ClaimChangeDescriber.Deserialize(e.Changes), e.Note, e.SourceLink, e.SourceDate);
}

/// <summary>A page of a claim's history, newest first; <see cref="NextBeforeVersion"/> asks for the next page (null: no more).</summary>
public sealed record HistoryPage(Guid ClaimId, IReadOnlyList<HistoryEntryView> Entries, long? NextBeforeVersion);
