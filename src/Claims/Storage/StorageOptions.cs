using System.ComponentModel.DataAnnotations;

namespace CoopAssistant.Claims.Storage;

/// <summary>Section <c>Storage</c>: <c>Provider</c> (Sqlite | PostgreSQL, inferred from the connection string when absent),
/// <c>SkipMigrations</c> and, for SQLite, <c>CheckpointInterval</c>.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    public StorageProvider? Provider { get; set; }

    public bool SkipMigrations { get; set; }

    /// <summary>SQLite: how often the WAL is checkpointed in the background (<see cref="SqliteCheckpointer"/>); zero lets every commit checkpoint as needed.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00", ParseLimitsInInvariantCulture = true)]
    public TimeSpan CheckpointInterval { get; set; } = TimeSpan.FromSeconds(1);
}
