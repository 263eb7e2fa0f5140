using System.Net;
using CoopAssistant.Claims.Results;
using CoopAssistant.Graph.Evidence;
using CoopAssistant.Graph.Options;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Models;

namespace CoopAssistant.Graph.Files;

/// <summary>
/// Metadata in <see cref="BatchRequestContentCollection"/> batches. A 429/503 on the <c>$batch</c> call itself is retried by the
/// SDK's retry handler; steps throttled inside a batch (429/503/504) are sent again in a new batch after
/// their Retry-After (NewBatchWithFailedRequests renames step ids, so the batch is rebuilt for those items instead).
/// </summary>
public sealed partial class GraphMetadataReader(IOptions<GraphOptions> options, TimeProvider timeProvider, ILogger<GraphMetadataReader> logger) : IGraphMetadataReader
{
    private static readonly string[] Fields = ["id", "name", "size", "file", "eTag", "cTag", "webUrl", "lastModifiedDateTime", "parentReference"];

    public async Task<IReadOnlyList<Result<DriveItemMetadata, EvidenceErrorCode>>> ReadAsync(GraphServiceClient client, IReadOnlyList<DriveItemRef> items, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(items);
        var results = new Dictionary<DriveItemRef, Result<DriveItemMetadata, EvidenceErrorCode>>();
        var unique = items.Distinct().ToList();
        if (unique.Count == 0)
        {
            return [];
        }

        var pending = unique;
        for (var attempt = 0; ; attempt++)
        {
            var (batch, steps) = await BuildBatchAsync(client, pending);
            var response = await client.Batch.PostAsync(batch, cancellationToken);
            var statuses = await response.GetResponsesStatusCodesAsync();
            var retry = new List<DriveItemRef>();
            var wait = TimeSpan.Zero;
            foreach (var (id, status) in statuses)
            {
                if (!steps.TryGetValue(id, out var item))
                {
                    continue;
                }

                if ((int)status is >= 200 and < 300)
                {
                    var driveItem = await response.GetResponseByIdAsync<DriveItem>(id);
                    // A success without an item in its body says nothing about the file: the one error that says so.
                    results[item] = ToMetadata(item, driveItem) is { } metadata
                        ? Result<DriveItemMetadata, EvidenceErrorCode>.Ok(metadata)
                        : Result<DriveItemMetadata, EvidenceErrorCode>.Fail(EvidenceErrorCode.GraphError);
                }
                else if (status is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout
                         && attempt < options.Value.BatchStepRetries)
                {
                    retry.Add(item);
                    using var message = await response.GetResponseByIdAsync(id);
                    var after = message?.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(options.Value.RetryDelaySeconds);
                    wait = after > wait ? after : wait;
                }
                else
                {
                    LogStepFailed(logger, item.DriveId, item.ItemId, (int)status);
                    results[item] = Result<DriveItemMetadata, EvidenceErrorCode>.Fail(MapStatus(status));
                }
            }

            if (retry.Count == 0)
            {
                break;
            }

            LogStepsThrottled(logger, retry.Count, wait.TotalSeconds);
            await Task.Delay(wait > TimeSpan.FromMinutes(2) ? TimeSpan.FromMinutes(2) : wait, timeProvider, cancellationToken);
            pending = retry;
        }

        return [.. items.Select(i => results.TryGetValue(i, out var r) ? r : Result<DriveItemMetadata, EvidenceErrorCode>.Fail(EvidenceErrorCode.GraphError))];
    }

    private async Task<(BatchRequestContentCollection Batch, Dictionary<string, DriveItemRef> Steps)> BuildBatchAsync(GraphServiceClient client, List<DriveItemRef> items)
    {
        var batch = new BatchRequestContentCollection(client, Math.Clamp(options.Value.BatchSize, 1, 20));
        var steps = new Dictionary<string, DriveItemRef>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var request = client.Drives[item.DriveId].Items[item.ItemId].ToGetRequestInformation(rc => rc.QueryParameters.Select = Fields);
            steps[await batch.AddBatchRequestStepAsync(request)] = item;
        }

        return (batch, steps);
    }

    internal static EvidenceErrorCode MapStatus(HttpStatusCode status) => status switch
    {
        HttpStatusCode.Forbidden => EvidenceErrorCode.NoAccess,
        HttpStatusCode.NotFound or HttpStatusCode.Gone => EvidenceErrorCode.NotFound,
        HttpStatusCode.Unauthorized => EvidenceErrorCode.SignInRequired,
        HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout => EvidenceErrorCode.Throttled,
        _ => EvidenceErrorCode.GraphError,
    };

    private static DriveItemMetadata? ToMetadata(DriveItemRef item, DriveItem? driveItem)
    {
        if (driveItem is null)
        {
            return null;
        }

        Uri.TryCreate(driveItem.WebUrl, UriKind.Absolute, out var webUrl);
        return new DriveItemMetadata(
            item,
            driveItem.Name ?? item.ItemId,
            driveItem.Size ?? 0,
            driveItem.File?.MimeType,
            driveItem.ETag,
            driveItem.File?.Hashes?.QuickXorHash,
            webUrl,
            driveItem.LastModifiedDateTime,
            driveItem.CTag);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Metadata of drive item {DriveId}/{ItemId} failed with HTTP {Status}")]
    private static partial void LogStepFailed(ILogger logger, string driveId, string itemId, int status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} batch steps throttled; retrying after {Seconds} s")]
    private static partial void LogStepsThrottled(ILogger logger, int count, double seconds);
}
