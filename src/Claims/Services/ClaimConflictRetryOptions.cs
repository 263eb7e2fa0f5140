using System.ComponentModel.DataAnnotations;

namespace CoopAssistant.Claims.Services;

/// <summary>How a change that lost a version race is tried again (section <c>ClaimConflicts</c>): the one retry policy of
/// <see cref="ClaimConflictRetry"/>, used by every surface that records evidence (chat files, files found through Graph, the
/// add-in's uploads) and by the add-in's outcome and documentation-request recording.</summary>
public sealed class ClaimConflictRetryOptions
{
    public const string SectionName = "ClaimConflicts";

    /// <summary>Times a change is tried again, each on a fresh read of the claim, after a version conflict (0–10).</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>Wait before the first retry; doubled before each further one (0 to 5 seconds).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:05", ParseLimitsInInvariantCulture = true)]
    public TimeSpan Backoff { get; set; } = TimeSpan.FromMilliseconds(20);
}
