namespace CoopAssistant.Claims.Storage;

/// <summary>Section <c>Storage</c>: <c>Provider</c> (Sqlite | PostgreSQL, inferred from the connection string when absent) and <c>SkipMigrations</c>.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    public StorageProvider? Provider { get; set; }

    public bool SkipMigrations { get; set; }
}
