using CoopAssistant.Bot.Conversation.Claims.Turns;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Services;
using CoopAssistant.Graph.Evidence;
using CoopAssistant.Graph.Files;
using CoopAssistant.Graph.Options;
using Microsoft.Extensions.Options;
using GraphServices = CoopAssistant.Graph.ServiceCollectionExtensions;

namespace CoopAssistant.Bot.Conversation.Evidence.Sources;

/// <summary>
/// "If the source changes later, the claim card shows it": when the owner opens or refreshes the claim card, evidence taken from
/// OneDrive/SharePoint whose last check is older than <see cref="GraphOptions.SourceCheckInterval"/> is compared with Graph
/// (<see cref="IGraphEvidenceService.CheckSourcesAsync"/>, content tags — cTag, else quickXorHash, never the eTag, which a rename or move
/// changes too — in <c>$batch</c>es, bounded in items and time) and the result
/// is stored on the evidence items. Renders in between use the stored result. Other callers (administrators) read it only:
/// the files live in the owner's drive and the check runs with the owner's token.
/// </summary>
public sealed partial class ClaimSourceChecks(
    IConfiguration configuration,
    IGraphEvidenceService graph,
    IEvidenceSourceStore store,
    IOptions<GraphOptions> options,
    TimeProvider time,
    ILogger<ClaimSourceChecks> logger)
{
    /// <summary>The claim with fresh source states when a check was due and Graph answered; otherwise as given.</summary>
    public async Task<ClaimView> RefreshAsync(ClaimTurn turn, ClaimView claim, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(claim);
        var settings = options.Value;
        var now = time.GetUtcNow();
        if (!string.Equals(claim.OwnerObjectId, turn.Caller.UserObjectId, StringComparison.Ordinal) || !GraphServices.IsGraphConfigured(configuration))
        {
            return claim;
        }

        var due = claim.Evidence
            .Where(e => e.HasCheckableSource && (e.SourceCheckedAt is not { } at || now - at >= settings.SourceCheckInterval))
            .OrderBy(e => e.SourceCheckedAt ?? DateTimeOffset.MinValue)
            .Take(Math.Max(1, settings.SourceCheckMaxItems))
            .ToList();
        if (due.Count == 0)
        {
            return claim;
        }

        IReadOnlyList<SourceCheck> checks;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.SourceCheckTimeout);
        try
        {
            checks = await graph.CheckSourcesAsync(
                new GraphUserKey(claim.TenantId, claim.OwnerObjectId),
                [.. due.Select(e => new RecordedSource(new DriveItemRef(e.DriveId!, e.ItemId!), e.CTag, e.QuickXorHash))],
                timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            LogTimedOut(logger, claim.Id, due.Count);
            return claim;
        }

        var results = new List<EvidenceSourceResult>();
        for (var i = 0; i < due.Count; i++)
        {
            if (Map(checks[i].State) is { } state)
            {
                results.Add(new EvidenceSourceResult(due[i].Id, state));
            }
        }

        if (results.Count == 0)
        {
            return claim;
        }

        await store.RecordAsync(claim.TenantId, claim.Id, results, now, cancellationToken);
        var found = results.ToDictionary(r => r.EvidenceId, r => r.State);
        return claim with
        {
            Evidence = [.. claim.Evidence.Select(e => found.TryGetValue(e.Id, out var s) ? e with { SourceState = s, SourceCheckedAt = now } : e)],
        };
    }

    /// <summary>No access and "Graph could not answer" are not stored: the next card tries again.</summary>
    private static EvidenceSourceState? Map(SourceState state) => state switch
    {
        SourceState.Unchanged => EvidenceSourceState.Unchanged,
        SourceState.Changed => EvidenceSourceState.Changed,
        SourceState.Deleted => EvidenceSourceState.Deleted,
        _ => null,
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Checking {Count} evidence sources of claim {ClaimId} took too long; the card shows the last known state")]
    private static partial void LogTimedOut(ILogger logger, Guid claimId, int count);
}
