using CoopAssistant.Claims.Review;
using CoopAssistant.Documents.Review;
using CoopAssistant.Graph.Client;
using CoopAssistant.Graph.Evidence;
using CoopAssistant.Graph.Options;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Kiota.Abstractions;

namespace CoopAssistant.Graph.Files;

/// <summary>
/// Reads kept evidence: a local copy from the evidence folder (only paths under it), a Graph copy (or, when no copy was kept, the
/// OneDrive/SharePoint source) through <c>GET /drives/{driveId}/items/{itemId}/content</c>, which answers 302 with a
/// pre-authenticated download URL that the Graph SDK follows (https://learn.microsoft.com/graph/api/driveitem-get-content). The
/// stream is the response body, read as it arrives: the review bounds how much of it is kept (<c>Review:MaxDocumentBytes</c>).
/// </summary>
public sealed partial class EvidenceContentReader(IGraphClientFactory clients, IOptions<EvidenceOptions> options, ILogger<EvidenceContentReader> logger) : IEvidenceContent
{
    public async Task<Stream> OpenAsync(GraphUserKey reader, EvidenceLocation location, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(location);
        if (location.KeptCopyLocation is { Length: > 0 } kept && Path.IsPathFullyQualified(kept))
        {
            return OpenLocal(kept);
        }

        var (driveId, itemId) = GraphItem(location);
        if (driveId is null || itemId is null)
        {
            throw new EvidenceUnavailableException(UnavailableReason.NotKept);
        }

        try
        {
            var client = clients.CreateForUser(reader);
            return await client.Drives[driveId].Items[itemId].Content.GetAsync(cancellationToken: cancellationToken)
                ?? throw new EvidenceUnavailableException(UnavailableReason.DownloadFailed);
        }
        catch (GraphSignInRequiredException e)
        {
            throw new EvidenceUnavailableException(UnavailableReason.SignInRequired, e);
        }
        catch (ApiException e)
        {
            LogDownloadFailed(logger, driveId, itemId, e.ResponseStatusCode);
            throw new EvidenceUnavailableException(e.ResponseStatusCode is 404 or 410 ? UnavailableReason.NotFound : UnavailableReason.DownloadFailed, e);
        }
        catch (HttpRequestException e)
        {
            LogDownloadFailed(logger, driveId, itemId, 0);
            throw new EvidenceUnavailableException(UnavailableReason.DownloadFailed, e);
        }
    }

    /// <summary>A kept copy's <c>{driveId}/{itemId}</c>, else the source item.</summary>
    private static (string? DriveId, string? ItemId) GraphItem(EvidenceLocation location)
    {
        if (location.KeptCopyLocation is { } kept && kept.Split('/') is [{ Length: > 0 } drive, { Length: > 0 } item])
        {
            return (drive, item);
        }

        return location is { DriveId: { Length: > 0 } d, ItemId: { Length: > 0 } i } ? (d, i) : (null, null);
    }

    /// <summary>A file of the local evidence folder; anything outside it (a path that a stored row could have been made to hold) is never opened.</summary>
    private FileStream OpenLocal(string path)
    {
        var root = Path.GetFullPath(Path.Combine(options.Value.ResolveDataDirectory(), "evidence")) + Path.DirectorySeparatorChar;
        var full = Path.GetFullPath(path);
        if (!full.StartsWith(root, StringComparison.Ordinal))
        {
            throw new EvidenceUnavailableException(UnavailableReason.NotKept);
        }

        try
        {
            return new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new EvidenceUnavailableException(UnavailableReason.NotFound, e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new EvidenceUnavailableException(UnavailableReason.DownloadFailed, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Evidence content {DriveId}/{ItemId} could not be downloaded (HTTP {Status})")]
    private static partial void LogDownloadFailed(ILogger logger, string driveId, string itemId, int status);
}
