using CoopAssistant.Claims.Limits;
using CoopAssistant.Claims.Results;
using CoopAssistant.Graph.Client;
using CoopAssistant.Graph.Evidence;
using CoopAssistant.Graph.Options;
using Microsoft.Extensions.Options;
using Microsoft.Kiota.Abstractions;

namespace CoopAssistant.Graph.Files;

public sealed class GraphEvidenceService(
    IGraphClientFactory clients,
    IGraphMetadataReader metadataReader,
    IEvidenceFilePolicy policy,
    EvidenceFolderResolver folders,
    GraphItemCopier copier,
    UsageLimits limits,
    IOptions<GraphOptions> options) : IGraphEvidenceService
{
    public async Task<IReadOnlyList<Result<DriveItemMetadata, EvidenceErrorCode>>> GetMetadataAsync(GraphUserKey user, IReadOnlyList<DriveItemRef> items, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        try
        {
            return await metadataReader.ReadAsync(clients.CreateForUser(user), items, cancellationToken);
        }
        catch (Exception ex) when (ex is GraphSignInRequiredException or ApiException)
        {
            var code = GraphErrors.Map(ex, EvidenceErrorCode.GraphError);
            return [.. items.Select(_ => Result<DriveItemMetadata, EvidenceErrorCode>.Fail(code))];
        }
    }

    public async Task<IReadOnlyList<SourceCheck>> CheckSourcesAsync(GraphUserKey user, IReadOnlyList<RecordedSource> sources, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var current = await GetMetadataAsync(user, [.. sources.Select(s => s.Ref)], cancellationToken);
        return [.. sources.Zip(current, (recorded, now) => new SourceCheck(
            recorded.Ref,
            now switch
            {
                { IsOk: true, Value: var m } => Compare(recorded, m),
                { Error: EvidenceErrorCode.NotFound } => SourceState.Deleted,
                { Error: EvidenceErrorCode.NoAccess } => SourceState.NoAccess,
                _ => SourceState.Unknown,
            },
            now.Value?.CTag))];
    }

    /// <summary>
    /// Content, not metadata: the cTag changes when the bytes change and not on a rename or move (the eTag changes on both);
    /// without a recorded cTag the quickXorHash decides; with neither, nothing can be said.
    /// https://learn.microsoft.com/graph/api/resources/driveitem#properties (cTag, eTag)
    /// </summary>
    internal static SourceState Compare(RecordedSource recorded, DriveItemMetadata now)
    {
        if (recorded.CTag is { Length: > 0 } ctag && now.CTag is { Length: > 0 } current)
        {
            return string.Equals(ctag, current, StringComparison.Ordinal) ? SourceState.Unchanged : SourceState.Changed;
        }

        if (recorded.QuickXorHash is { Length: > 0 } hash && now.QuickXorHash is { Length: > 0 } currentHash)
        {
            return string.Equals(hash, currentHash, StringComparison.Ordinal) ? SourceState.Unchanged : SourceState.Changed;
        }

        return SourceState.Unknown;
    }

    public async Task<IReadOnlyList<Result<AttachedEvidence, AttachRefusal>>> AttachAsync(EvidenceTarget target, IReadOnlyList<DriveItemRef> items, IProgress<EvidenceCopyProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(items);
        var client = clients.CreateForUser(target.User);
        var results = new Result<AttachedEvidence, AttachRefusal>[items.Count];
        IReadOnlyList<Result<DriveItemMetadata, EvidenceErrorCode>> metadata;
        try
        {
            metadata = await metadataReader.ReadAsync(client, items, cancellationToken);
        }
        catch (Exception ex) when (ex is GraphSignInRequiredException or ApiException)
        {
            var code = GraphErrors.Map(ex, EvidenceErrorCode.GraphError);
            return [.. items.Select(_ => Result<AttachedEvidence, AttachRefusal>.Fail(new AttachRefusal(code, null)))];
        }

        var completed = 0;
        var toCopy = new List<int>();
        for (var i = 0; i < items.Count; i++)
        {
            var m = metadata[i];
            var error = m.IsOk ? policy.Check(m.Value.Name, m.Value.SizeBytes) : m.Error;
            // A picked file is copied inside Microsoft 365, so its size counts against the hourly upload limits before the copy.
            var limited = error is null ? limits.TryTakeEvidenceBytes(target.TenantId, target.UserObjectId, m.Value!.SizeBytes) : null;
            if (limited is not null)
            {
                results[i] = new AttachRefusal(EvidenceErrorCode.UploadLimitReached, m.Value) { Limit = limited };
                progress?.Report(new EvidenceCopyProgress(++completed, items.Count, m.Value?.Name));
            }
            else if (error is { } refused)
            {
                results[i] = new AttachRefusal(refused, m.Value);
                progress?.Report(new EvidenceCopyProgress(++completed, items.Count, m.Value?.Name));
            }
            else
            {
                toCopy.Add(i);
            }
        }

        if (toCopy.Count == 0)
        {
            return results;
        }

        EvidenceFolder folder;
        try
        {
            folder = await folders.ResolveAsync(client, target, cancellationToken);
        }
        catch (Exception ex) when (ex is GraphSignInRequiredException or ApiException)
        {
            var code = GraphErrors.Map(ex, EvidenceErrorCode.CopyFailed);
            foreach (var i in toCopy)
            {
                results[i] = new AttachRefusal(code, metadata[i].Value);
            }

            return results;
        }

        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Value.CopyParallelism), CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(toCopy, parallel, async (i, ct) =>
        {
            var source = metadata[i].Value!;
            Result<GraphCopy, EvidenceErrorCode> outcome;
            try
            {
                outcome = await copier.CopyAsync(client, items[i], source.Name, folder, ct);
            }
            catch (GraphSignInRequiredException)
            {
                outcome = EvidenceErrorCode.SignInRequired;
            }

            results[i] = outcome.TryGetValue(out var copy, out var failed)
                ? new AttachedEvidence(source, new StoredEvidence(
                    EvidenceStoreKind.Graph,
                    $"{copy.DriveId}/{copy.ItemId}",
                    EvidenceFileNames.Sanitise(source.Name),
                    source.SizeBytes,
                    source.MimeType,
                    Sha256: null,
                    DriveId: copy.DriveId,
                    ItemId: copy.ItemId,
                    QuickXorHash: source.QuickXorHash))
                : new AttachRefusal(failed, source);
            progress?.Report(new EvidenceCopyProgress(Interlocked.Increment(ref completed), items.Count, source.Name));
        });

        return results;
    }
}
