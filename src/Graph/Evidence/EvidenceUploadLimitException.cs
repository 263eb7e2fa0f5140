using CoopAssistant.Claims.Limits;

namespace CoopAssistant.Graph.Evidence;

/// <summary>Thrown by <see cref="QuotaReadStream"/> when an incoming file passes the user's or the tenant's hourly upload limit.</summary>
public sealed class EvidenceUploadLimitException : Exception
{
    public EvidenceUploadLimitException()
        : base("The evidence upload limit was reached.")
    {
    }

    public EvidenceUploadLimitException(string message)
        : base(message)
    {
    }

    public EvidenceUploadLimitException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public EvidenceUploadLimitException(UsageRefusal limit)
        : base("The evidence upload limit was reached.") => Limit = limit;

    public UsageRefusal? Limit { get; }
}
