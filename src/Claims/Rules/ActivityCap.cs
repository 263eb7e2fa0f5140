namespace CoopAssistant.Claims.Rules;

/// <summary>A limit on an activity type (FACTS A). Amounts are in <see cref="Currency"/>; <see cref="Source"/> is the page that
/// states it.</summary>
public sealed record ActivityCap(
    CapKind Kind, Uri Source, decimal? Amount = null, string? Currency = null, decimal? Share = null, decimal? SurfaceShare = null, int? Count = null);
