using System.Net;
using CoopAssistant.Graph.Evidence;
using CoopAssistant.Graph.Options;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoopAssistant.Graph.Chat;

public sealed partial class TeamsFileDownloader(
    IHttpClientFactory httpClientFactory,
    IOptions<EvidenceOptions> options,
    ILogger<TeamsFileDownloader> logger) : ITeamsFileDownloader
{
    public async Task<ChatFileDownloadResult> DownloadAsync(TeamsFileDownloadInfo info, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(info);
        if (!IsAllowed(info.DownloadUrl))
        {
            LogRefusedHost(logger, info.DownloadUrl.Host);
            return new ChatFileDownloadResult(null, EvidenceErrorCode.DownloadHostNotAllowed);
        }

        var http = httpClientFactory.CreateClient(GraphHttpClientNames.ChatFiles);
        HttpResponseMessage? response = null;
        try
        {
            response = await http.GetAsync(info.DownloadUrl, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                LogDownloadFailed(logger, (int)response.StatusCode);
                var code = response.StatusCode switch
                {
                    HttpStatusCode.NotFound or HttpStatusCode.Gone => EvidenceErrorCode.NotFound,

                    // The URL carries its own short-lived authorisation (no bearer token): a 401 means it is no longer valid.
                    HttpStatusCode.Unauthorized => EvidenceErrorCode.DownloadExpired,
                    HttpStatusCode.Forbidden => EvidenceErrorCode.NoAccess,
                    _ => EvidenceErrorCode.DownloadFailed,
                };
                response.Dispose();
                return new ChatFileDownloadResult(null, code);
            }

            var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
            var file = new DownloadedChatFile(
                info.Name,
                response.Content.Headers.ContentType?.MediaType,
                response.Content.Headers.ContentLength,
                stream,
                response);
            response = null;
            return new ChatFileDownloadResult(file, null);
        }
        catch (HttpRequestException ex)
        {
            LogDownloadFailed(logger, (int)(ex.StatusCode ?? 0));
            return new ChatFileDownloadResult(null, EvidenceErrorCode.DownloadFailed);
        }
        finally
        {
            response?.Dispose();
        }
    }

    internal bool IsAllowed(Uri url)
    {
        var o = options.Value;
        if (url.IsLoopback)
        {
            return o.AllowLoopbackDownloads && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp);
        }

        if (url.Scheme != Uri.UriSchemeHttps)
        {
            return false;
        }

        var host = url.IdnHost;
        foreach (var allowed in o.EffectiveAllowedDownloadHosts)
        {
            if (allowed.StartsWith("*.", StringComparison.Ordinal)
                ? host.EndsWith(allowed[1..], StringComparison.OrdinalIgnoreCase)
                : string.Equals(host, allowed, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Chat file download from host {Host} refused")]
    private static partial void LogRefusedHost(ILogger logger, string host);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Chat file download failed with HTTP {Status}")]
    private static partial void LogDownloadFailed(ILogger logger, int status);
}
