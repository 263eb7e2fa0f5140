namespace CoopAssistant.Claims.ScaleOut;

/// <summary>An inbound activity some host has begun (or finished) processing: the cluster-wide de-duplication row.
/// Times are Unix milliseconds so one raw statement serves SQLite and PostgreSQL alike.</summary>
public sealed class ProcessedActivityEntity
{
    /// <summary>SHA-256 (hex) of channel id, conversation id and activity id.</summary>
    public required string Key { get; set; }

    /// <summary>False while a host is processing it; true once the turn succeeded.</summary>
    public bool Done { get; set; }

    /// <summary>While not done: when the processing host is presumed dead and another may take the activity over.</summary>
    public long LeaseExpiresAtMs { get; set; }

    /// <summary>When the row is forgotten (the de-duplication window); removed by the periodic clean-up.</summary>
    public long ExpiresAtMs { get; set; }
}
