using System.ComponentModel.DataAnnotations;

namespace CoopAssistant.Scheduling.Work;

/// <summary>How hosts run queued background work (section <c>BackgroundWork</c>).</summary>
public sealed class BackgroundWorkOptions
{
    public const string SectionName = "BackgroundWork";

    /// <summary>How often a host looks for due work queued by another host (work queued on this host starts at once).</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a lease lasts; a running host renews it every third of this, a dead host's lease runs out after it.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Runs at once per host.</summary>
    [Range(1, 256)]
    public int Parallelism { get; set; } = 4;

    /// <summary>Failed runs after which the work is given up (its handler then tells the user).</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 5;

    /// <summary>Wait before the first retry of a failed run; doubled for each further attempt.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Finished rows are deleted after this long.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "365.00:00:00")]
    public TimeSpan KeepFinished { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Node name used for leases (null: process id and a random suffix).</summary>
    public string? NodeId { get; set; }
}
