using CoopAssistant.Bot.Conversation.Claims.Turns;
using CoopAssistant.Claims.Rules;
using CoopAssistant.Claims.Services;
using CoopAssistant.Claims.Validation;

namespace CoopAssistant.Bot.Conversation.Evidence;

/// <summary>
/// The claims evidence may be added to (the caller's own, still editable), and recording one evidence item on a claim with
/// one re-read on a version conflict. Used by the chat-file and found-file flows, in the turn and in their background work.
/// </summary>
public sealed class EvidenceRecorder(ClaimCommands support)
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

    /// <summary>Records <paramref name="item"/> on the claim, re-reading the claim once on a version conflict.</summary>
    public async Task<ClaimResult<ClaimView>> RecordAsync(ClaimTurn turn, ClaimView claim, NewEvidence item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var result = await support.Claims.AddEvidenceAsync(turn.Caller, claim.Id, claim.Version, item, cancellationToken);
        if (result.Outcome == ClaimOutcome.Conflict && await EditableClaimAsync(turn, claim.Id, cancellationToken) is { } fresh)
        {
            result = await support.Claims.AddEvidenceAsync(turn.Caller, fresh.Id, fresh.Version, item, cancellationToken);
        }

        return result;
    }
}
