using CoopAssistant.Claims.Model;

namespace CoopAssistant.Bot.AddIn.Claims;

/// <summary>A claim as the task pane lists it. <see cref="Reference"/> is the short number shown to users (last 8 hex digits of the id).</summary>
public sealed record AddInClaim(
    Guid Id,
    string Reference,
    string Title,
    ClaimStatus Status,
    string StatusText,
    DateOnly Deadline,
    DateOnly UrgencyDate,
    decimal Amount,
    string Currency,
    long Version,
    bool AcceptsEvidence,
    bool AcceptsDocumentationRequest)
{
    /// <summary>The Partner Center outcomes that can be recorded now (approved, rejected, dispute filed, paid), by status name.</summary>
    public IReadOnlyList<ClaimStatus> Outcomes { get; init; } = [];

    /// <summary>The activity type's caps in the caller's language, as the claim card states them (<see cref="CoopAssistant.Claims.Rules.CapNotes"/>):
    /// the pane shows them under the chosen claim.</summary>
    public IReadOnlyList<string> Caps { get; init; } = [];
}
