namespace CoopAssistant.Bot.ScaleOut;

/// <summary>Where cross-host state (activity de-duplication, the tenant send budget) is kept.</summary>
public enum SharedStateMode
{
    /// <summary>In the database on PostgreSQL (several hosts), in memory on SQLite (one host).</summary>
    Auto,

    /// <summary>In this process only.</summary>
    Memory,

    /// <summary>In the claims database (shared by every host on it).</summary>
    Database,
}
