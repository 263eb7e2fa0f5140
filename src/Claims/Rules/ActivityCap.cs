namespace CoopAssistant.Claims.Rules;

/// <summary>A limit on an activity type (FACTS A, core-requirements 2020 copy). Amounts are in <see cref="Currency"/>.</summary>
public sealed record ActivityCap(CapKind Kind, decimal? Amount = null, string? Currency = null, decimal? Share = null, decimal? SurfaceShare = null, int? Count = null);
