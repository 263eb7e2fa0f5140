namespace CoopAssistant.Claims.Model;

/// <summary>Lifecycle of a co-op claim (see <see cref="Rules.ClaimLifecycle"/> for the legal transitions).</summary>
public enum ClaimStatus
{
    Draft = 0,
    Ready = 1,
    Submitted = 2,
    AdditionalDocumentationRequested = 3,
    Approved = 4,
    Rejected = 5,
    Paid = 6,
    Expired = 7,
    Disputed = 8,
}
