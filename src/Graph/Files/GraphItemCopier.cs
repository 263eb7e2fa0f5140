using System.Net;
using System.Net.Http.Json;
using CoopAssistant.Claims.Results;
using CoopAssistant.Graph.Evidence;
using CoopAssistant.Graph.Options;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Drives.Item.Items.Item.Copy;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

namespace CoopAssistant.Graph.Files;

/// <summary>
/// Graph asynchronous copy: <c>POST /drives/{d}/items/{i}/copy</c> → 202 + <c>Location</c> monitor URL, then the monitor is
/// polled (without the user's token: it is pre-authenticated) until it reports completed or failed.
/// </summary>
public sealed partial class GraphItemCopier(
    IHttpClientFactory httpClientFactory,
    IOptions<GraphOptions> options,
    TimeProvider timeProvider,
    ILogger<GraphItemCopier> logger)
{
    public async Task<Result<GraphCopy, EvidenceErrorCode>> CopyAsync(GraphServiceClient client, DriveItemRef source, string name, EvidenceFolder folder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(folder);
        var body = new CopyPostRequestBody
        {
            ParentReference = new ItemReference { DriveId = folder.DriveId, Id = folder.FolderId },
            Name = EvidenceFileNames.Sanitise(name),
        };
        var headers = new HeadersInspectionHandlerOption { InspectResponseHeaders = true };
        var request = client.Drives[source.DriveId].Items[source.ItemId].Copy.ToPostRequestInformation(body);
        request.URI = new Uri(request.URI.AbsoluteUri + "?@microsoft.graph.conflictBehavior=rename");
        request.AddRequestOptions([headers]);
        try
        {
            await client.RequestAdapter.SendNoContentAsync(request, GraphErrors.Mapping, cancellationToken);
        }
        catch (ApiException ex)
        {
            LogCopyRejected(logger, source.DriveId, source.ItemId, ex.ResponseStatusCode);
            return GraphErrors.Map(ex, EvidenceErrorCode.CopyFailed);
        }

        if (!headers.ResponseHeaders.TryGetValue("Location", out var locations)
            || !Uri.TryCreate(locations.FirstOrDefault(), UriKind.Absolute, out var monitor))
        {
            LogNoMonitor(logger, source.DriveId, source.ItemId);
            return EvidenceErrorCode.CopyFailed;
        }

        return await PollAsync(monitor, folder.DriveId, cancellationToken);
    }

    private async Task<Result<GraphCopy, EvidenceErrorCode>> PollAsync(Uri monitor, string driveId, CancellationToken cancellationToken)
    {
        var o = options.Value;
        var http = httpClientFactory.CreateClient(GraphHttpClientNames.Monitor);
        var deadline = timeProvider.GetUtcNow() + o.CopyTimeout;
        var delay = TimeSpan.Zero;
        while (timeProvider.GetUtcNow() < deadline)
        {
            if (delay > TimeSpan.Zero)
            {
                await Task.Delay(delay, timeProvider, cancellationToken);
            }

            delay = o.CopyPollInterval;
            using var response = await http.GetAsync(monitor, cancellationToken);
            if (response.StatusCode is HttpStatusCode.SeeOther or HttpStatusCode.Found && response.Headers.Location is { } done)
            {
                return new GraphCopy(driveId, ItemIdFrom(done));
            }

            if (response.StatusCode is HttpStatusCode.TooManyRequests || (int)response.StatusCode >= 500)
            {
                delay = response.Headers.RetryAfter?.Delta ?? o.CopyPollInterval;
                continue;
            }

            if (!response.IsSuccessStatusCode)
            {
                LogMonitorFailed(logger, (int)response.StatusCode, null);
                return EvidenceErrorCode.CopyFailed;
            }

            var status = await response.Content.ReadFromJsonAsync<CopyMonitorStatus>(cancellationToken);
            switch (status?.Status)
            {
                case "completed":
                    return new GraphCopy(driveId, status.ResourceId);
                case "failed" or "deleteFailed" or "cancelled":
                    LogMonitorFailed(logger, (int)response.StatusCode, status.Error?.Code);
                    return EvidenceErrorCode.CopyFailed;
                default:
                    break;
            }
        }

        LogMonitorTimedOut(logger, monitor.Host);
        return EvidenceErrorCode.CopyFailed;
    }

    private static string? ItemIdFrom(Uri location)
    {
        var segments = location.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var i = Array.IndexOf(segments, "items");
        return i >= 0 && i + 1 < segments.Length ? Uri.UnescapeDataString(segments[i + 1]) : null;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Copy of {DriveId}/{ItemId} refused with HTTP {Status}")]
    private static partial void LogCopyRejected(ILogger logger, string driveId, string itemId, int status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Copy of {DriveId}/{ItemId} returned no monitor URL")]
    private static partial void LogNoMonitor(ILogger logger, string driveId, string itemId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Copy monitor reported failure (HTTP {Status}, {ErrorCode})")]
    private static partial void LogMonitorFailed(ILogger logger, int status, string? errorCode);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Copy monitor on {Host} did not finish in time")]
    private static partial void LogMonitorTimedOut(ILogger logger, string host);
}

/// <summary>The new item of a finished copy (its id null when the monitor did not name it, as the copy still succeeded).</summary>
public sealed record GraphCopy(string DriveId, string? ItemId);
