namespace CoopAssistant.Claims.Rules;

/// <summary>What the lifecycle guards look at besides the two statuses.</summary>
/// <param name="Checklist">The claim's evidence checklist.</param>
/// <param name="DaysLeftToDeadline">Days left to the claim deadline in the user's zone (negative once passed).</param>
/// <param name="OpenDocumentationRequests">Documentation requests not yet resolved.</param>
public sealed record TransitionFacts(ChecklistResult Checklist, int DaysLeftToDeadline, int OpenDocumentationRequests);
