using CoopAssistant.Bot.Conversation.Claims.Turns;
using CoopAssistant.Claims.Rules;
using CoopAssistant.Claims.Services;
using CoopAssistant.Claims.Validation;

namespace CoopAssistant.Bot.Conversation.Evidence;

/// <summary>
/// The claims evidence may be added to (the caller's own, still editable), and recording one evidence item on a claim through
/// <see cref="ClaimConflictRetry"/> (the one retry policy the add-in's uploads use too). Used by the chat-file and found-file
/// flows, in the turn and in their background work.
/// </summary>
public sealed class EvidenceRecorder(ClaimCommands support, ClaimConflictRetry retry)
{
    /// <summary>The editable claims of the caller that can take evidence (for the choice card).</summary>
    public async Task<IReadOnlyList<ClaimSummary>> EditableClaimsAsync(ClaimTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var mine = await support.Claims.ListMineAsync(turn.Caller, ClaimCommands.ListSize, cancellationToken);
        return [.. mine.Where(c => ClaimLifecycle.IsEditable(c.Status) && c.OwnerObjectId == turn.Caller.UserObjectId)];
    }

    /// <summary>The claim when the caller may add evidence to it, else null.</summary>
    public async Task<ClaimView?> EditableClaimAsync(ClaimTurn turn, Guid claimId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var found = await support.Claims.GetAsync(turn.Caller, claimId, cancellationToken);
        return found is { IsOk: true, Value: { } claim } && ClaimLifecycle.IsEditable(claim.Status) && claim.OwnerObjectId == turn.Caller.UserObjectId
            ? claim
            : null;
    }

    /// <summary>Records <paramref name="item"/> on the claim, re-reading the claim on a version conflict (<see cref="ClaimConflictRetry"/>).</summary>
    public Task<ClaimResult<ClaimView>> RecordAsync(ClaimTurn turn, ClaimView claim, NewEvidence item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return retry.RecordEvidenceAsync(turn.Caller, claim, item, cancellationToken);
    }
}
