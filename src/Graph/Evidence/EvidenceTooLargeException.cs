namespace CoopAssistant.Graph.Evidence;

/// <summary>Thrown by <see cref="LimitedReadStream"/> when an incoming file passes the evidence size limit.</summary>
public sealed class EvidenceTooLargeException : IOException
{
    public EvidenceTooLargeException()
        : base("The upload is larger than the evidence size limit.")
    {
    }

    public EvidenceTooLargeException(string message)
        : base(message)
    {
    }

    public EvidenceTooLargeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
