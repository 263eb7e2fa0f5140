using CoopAssistant.Claims.Review;

namespace CoopAssistant.Documents.Review;

/// <summary>Thrown by an <see cref="EvidenceFile.Open"/> that cannot give the file's bytes; the review records why.</summary>
public sealed class EvidenceUnavailableException : Exception
{
    public EvidenceUnavailableException()
        : this(UnavailableReason.NotKept)
    {
    }

    public EvidenceUnavailableException(string message)
        : base(message)
    {
    }

    public EvidenceUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public EvidenceUnavailableException(UnavailableReason reason, Exception? innerException = null)
        : base("The evidence file could not be opened: " + reason, innerException)
    {
        Reason = reason;
    }

    public UnavailableReason Reason { get; }
}
