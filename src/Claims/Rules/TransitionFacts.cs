namespace CoopAssistant.Claims.Rules;

/// <summary>What the lifecycle guards look at besides the two statuses.</summary>
/// <param name="Checklist">The claim's evidence checklist.</param>
/// <param name="DaysLeftToDeadline">Days left to the claim deadline in the user's zone (negative once passed).</param>
/// <param name="OpenDocumentationRequests">Documentation requests not yet resolved.</param>
/// <param name="Review">What the claim's evidence review says (nothing when it never ran).</param>
public sealed record TransitionFacts(ChecklistResult Checklist, int DaysLeftToDeadline, int OpenDocumentationRequests, ReviewGate Review = ReviewGate.None);

/// <summary>The evidence review's say on "ready" and "submit".</summary>
public enum ReviewGate
{
    /// <summary>The claim was never reviewed (from before the review, or a host without it): the review does not hold it back.</summary>
    None = 0,

    /// <summary>Reviewed, nothing blocks.</summary>
    Clear = 1,

    /// <summary>The claim changed since its last review: its documents are being reviewed.</summary>
    Pending = 2,

    /// <summary>A blocking finding is open.</summary>
    Blocked = 3,
}
