using System.ComponentModel.DataAnnotations;
using CoopAssistant.Claims.Storage;

namespace CoopAssistant.Bot.ScaleOut;

/// <summary>Settings for running several hosts on one database (section <c>ScaleOut</c>).</summary>
public sealed class ScaleOutOptions
{
    public const string SectionName = "ScaleOut";

    /// <summary>Where activity de-duplication and the per-tenant send budget live (<c>Auto</c>: database on PostgreSQL).</summary>
    public SharedStateMode SharedState { get; set; } = SharedStateMode.Auto;

    /// <summary>How long a host may process an activity before another host takes a redelivery over (its host presumed dead).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ParseLimitsInInvariantCulture = true)]
    public TimeSpan ProcessingLease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How often expired de-duplication rows are deleted.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ParseLimitsInInvariantCulture = true)]
    public TimeSpan CleanupInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Data Protection's application name: the same on every host so they share one key ring.</summary>
    [Required]
    public string DataProtectionApplicationName { get; set; } = "CoopAssistant";

    public bool UsesDatabase(StorageProvider provider) =>
        SharedState == SharedStateMode.Database || (SharedState == SharedStateMode.Auto && provider == StorageProvider.PostgreSQL);
}
