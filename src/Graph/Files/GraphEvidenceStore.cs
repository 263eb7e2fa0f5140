using CoopAssistant.Claims.Results;
using CoopAssistant.Claims.Validation;
using CoopAssistant.Graph.Client;
using CoopAssistant.Graph.Evidence;
using CoopAssistant.Graph.Options;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Drives.Item.Items.Item.CreateUploadSession;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;

namespace CoopAssistant.Graph.Files;

/// <summary>
/// Keeps uploaded bytes (files dropped in the Teams chat, Outlook attachments) in the claim's Graph evidence folder:
/// a simple PUT up to <see cref="GraphOptions.SimpleUploadLimitBytes"/>, the SDK's <see cref="LargeFileUploadTask{T}"/> above it.
/// The bytes are first spooled to a temporary file (SHA-256 and size computed on the way).
/// </summary>
public sealed partial class GraphEvidenceStore(
    IGraphClientFactory clients,
    EvidenceFolderResolver folders,
    IEvidenceFilePolicy policy,
    IOptions<GraphOptions> graphOptions,
    IOptions<EvidenceFileOptions> fileRules,
    ILogger<GraphEvidenceStore> logger) : IEvidenceStore
{
    public EvidenceStoreKind Kind => EvidenceStoreKind.Graph;

    public async Task<Result<StoredEvidence, EvidenceRefusal>> StoreAsync(EvidenceUpload upload, IProgress<EvidenceCopyProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upload);
        var precheck = policy.Check(upload.FileName, upload.Length ?? 1);
        if (precheck is not null)
        {
            return new EvidenceRefusal(precheck.Value, upload.FileName);
        }

        var tempPath = Path.Combine(Path.GetTempPath(), $"coopassistant-{Guid.NewGuid():N}");
        await using var spool = new FileStream(tempPath, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.Asynchronous | FileOptions.DeleteOnClose);
        var copied = await HashingCopy.CopyAsync(upload.Content, spool, fileRules.Value.MaxFileBytes, null, cancellationToken);
        var check = copied.ExceededLimit ? EvidenceErrorCode.TooLarge : policy.Check(upload.FileName, copied.Length) ?? policy.CheckContent(spool);
        if (check is not null)
        {
            return new EvidenceRefusal(check.Value, upload.FileName);
        }

        spool.Position = 0;
        var name = EvidenceFileNames.Sanitise(upload.FileName);
        var client = clients.CreateForUser(upload.Target.User);
        try
        {
            var folder = await folders.ResolveAsync(client, upload.Target, cancellationToken);
            var bytes = new Progress<long>(b => progress?.Report(new EvidenceCopyProgress(0, 1, name, b)));
            var item = copied.Length <= graphOptions.Value.SimpleUploadLimitBytes
                ? await PutAsync(client, folder, name, spool, cancellationToken)
                : await UploadLargeAsync(client, folder, name, spool, bytes, cancellationToken);
            if (item?.Id is null)
            {
                return new EvidenceRefusal(EvidenceErrorCode.UploadFailed, upload.FileName);
            }

            progress?.Report(new EvidenceCopyProgress(1, 1, name, copied.Length));
            LogUploaded(logger, name, copied.Length, folder.Path);
            Uri.TryCreate(item.WebUrl, UriKind.Absolute, out var webUrl);
            return Result<StoredEvidence, EvidenceRefusal>.Ok(new StoredEvidence(
                EvidenceStoreKind.Graph,
                $"{folder.DriveId}/{item.Id}",
                item.Name ?? name,
                copied.Length,
                upload.ContentType,
                copied.Sha256,
                folder.DriveId,
                item.Id,
                webUrl,
                item.ETag,
                item.File?.Hashes?.QuickXorHash,
                item.CTag));
        }
        catch (Exception ex) when (ex is GraphSignInRequiredException or ApiException)
        {
            LogUploadFailed(logger, name, ex.GetType().Name);
            return new EvidenceRefusal(GraphErrors.Map(ex, EvidenceErrorCode.UploadFailed), upload.FileName);
        }
    }

    /// <summary>
    /// Moves a kept copy into the target claim's folder in the same drive: <c>PATCH /drives/{d}/items/{i}</c> with the new
    /// <c>parentReference</c> and <c>@microsoft.graph.conflictBehavior=rename</c> (https://learn.microsoft.com/graph/api/driveitem-move).
    /// The item keeps its id and content (cTag); its eTag and webUrl change.
    /// </summary>
    public async Task<Result<StoredEvidence, EvidenceRefusal>> MoveAsync(StoredEvidence kept, EvidenceTarget target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(kept);
        ArgumentNullException.ThrowIfNull(target);
        if (kept.Kind != EvidenceStoreKind.Graph || kept.DriveId is not { Length: > 0 } driveId || kept.ItemId is not { Length: > 0 } itemId)
        {
            return new EvidenceRefusal(EvidenceErrorCode.NotFound, kept.FileName);
        }

        var client = clients.CreateForUser(target.User);
        try
        {
            var folder = await folders.ResolveAsync(client, target, cancellationToken);
            if (!string.Equals(folder.DriveId, driveId, StringComparison.Ordinal))
            {
                // Items cannot be moved between drives (the evidence drive changed in between): the copy stays where it is.
                return Result<StoredEvidence, EvidenceRefusal>.Ok(kept);
            }

            var request = client.Drives[driveId].Items[itemId].ToPatchRequestInformation(new DriveItem { ParentReference = new ItemReference { Id = folder.FolderId } });
            request.URI = new Uri(request.URI.AbsoluteUri + "?@microsoft.graph.conflictBehavior=rename");
            var item = await client.RequestAdapter.SendAsync(request, DriveItem.CreateFromDiscriminatorValue, GraphErrors.Mapping, cancellationToken);
            Uri.TryCreate(item?.WebUrl, UriKind.Absolute, out var webUrl);
            LogMoved(logger, kept.FileName, folder.Path);
            return Result<StoredEvidence, EvidenceRefusal>.Ok(kept with
            {
                FileName = item?.Name ?? kept.FileName,
                WebUrl = webUrl ?? kept.WebUrl,
                ETag = item?.ETag ?? kept.ETag,
                CTag = item?.CTag ?? kept.CTag,
            });
        }
        catch (Exception ex) when (ex is GraphSignInRequiredException or ApiException)
        {
            LogUploadFailed(logger, kept.FileName, ex.GetType().Name);
            return new EvidenceRefusal(GraphErrors.Map(ex, EvidenceErrorCode.UploadFailed), kept.FileName);
        }
    }

    /// <summary>
    /// Deletes a copy kept in the incoming folder (<c>DELETE /drives/{d}/items/{i}</c>, https://learn.microsoft.com/graph/api/driveitem-delete;
    /// it goes to the recycle bin). Already gone (404) counts as deleted.
    /// </summary>
    public async Task<bool> DiscardIncomingAsync(StoredEvidence kept, GraphUserKey owner, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(kept);
        if (kept.Kind != EvidenceStoreKind.Graph || kept.DriveId is not { Length: > 0 } driveId || kept.ItemId is not { Length: > 0 } itemId)
        {
            return false;
        }

        var client = clients.CreateForUser(owner);
        try
        {
            await client.Drives[driveId].Items[itemId].DeleteAsync(cancellationToken: cancellationToken);
            return true;
        }
        catch (ApiException ex) when (ex.ResponseStatusCode == 404)
        {
            return true;
        }
        catch (Exception ex) when (ex is GraphSignInRequiredException or ApiException)
        {
            LogUploadFailed(logger, kept.FileName, ex.GetType().Name);
            return false;
        }
    }

    private static async Task<DriveItem?> PutAsync(GraphServiceClient client, EvidenceFolder folder, string name, Stream content, CancellationToken cancellationToken)
    {
        var request = client.Drives[folder.DriveId].Items[folder.FolderId].ItemWithPath(name).Content.ToPutRequestInformation(content);
        request.URI = new Uri(request.URI.AbsoluteUri + "?@microsoft.graph.conflictBehavior=rename");
        return await client.RequestAdapter.SendAsync(request, DriveItem.CreateFromDiscriminatorValue, GraphErrors.Mapping, cancellationToken);
    }

    private async Task<DriveItem?> UploadLargeAsync(GraphServiceClient client, EvidenceFolder folder, string name, Stream content, IProgress<long> progress, CancellationToken cancellationToken)
    {
        var body = new CreateUploadSessionPostRequestBody
        {
            Item = new DriveItemUploadableProperties
            {
                AdditionalData = new Dictionary<string, object> { ["@microsoft.graph.conflictBehavior"] = "rename" },
            },
        };
        var session = await client.Drives[folder.DriveId].Items[folder.FolderId].ItemWithPath(name).CreateUploadSession
            .PostAsync(body, cancellationToken: cancellationToken);
        if (session is null)
        {
            return null;
        }

        const int unit = 320 * 1024;
        var slice = Math.Clamp(graphOptions.Value.UploadSliceBytes / unit, 1, 191) * unit; // multiple of 320 KiB, below 60 MiB
        var task = new LargeFileUploadTask<DriveItem>(session, content, slice, client.RequestAdapter);
        var result = await task.UploadAsync(progress, cancellationToken: cancellationToken);
        return result.UploadSucceeded ? result.ItemResponse : null;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Evidence {FileName} ({Size} bytes) uploaded to {Folder}")]
    private static partial void LogUploaded(ILogger logger, string fileName, long size, string folder);

    [LoggerMessage(Level = LogLevel.Information, Message = "Evidence {FileName} moved to {Folder}")]
    private static partial void LogMoved(ILogger logger, string fileName, string folder);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Upload of evidence {FileName} failed ({Error})")]
    private static partial void LogUploadFailed(ILogger logger, string fileName, string error);
}
