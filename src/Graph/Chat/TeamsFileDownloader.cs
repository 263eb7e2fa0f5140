using CoopAssistant.Claims.Results;
using CoopAssistant.Claims.Validation;
using System.Net;
using CoopAssistant.Graph.Evidence;
using CoopAssistant.Graph.Options;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoopAssistant.Graph.Chat;

/// <summary>
/// Downloads a file dropped into the chat from the short-lived link Teams gives (<c>content.downloadUrl</c>), only from the allowed
/// hosts (<see cref="EvidenceOptions.EffectiveAllowedDownloadHosts"/>, https): redirects are never followed automatically (the
/// client's handler has them off); each hop's <c>Location</c> is checked against the same hosts before it is asked, up to
/// <see cref="MaxRedirects"/>. The size limit (<see cref="EvidenceFileOptions.MaxFileBytes"/>) holds whatever the server declares: a
/// larger <c>Content-Length</c> is refused before the body is read, and the body is cut off once it passes the limit (a lying
/// length, or a chunked body without one): reading it then throws <see cref="EvidenceTooLargeException"/>.
/// </summary>
public sealed partial class TeamsFileDownloader(
    IHttpClientFactory httpClientFactory,
    IOptions<EvidenceOptions> options,
    IOptions<EvidenceFileOptions> fileRules,
    ILogger<TeamsFileDownloader> logger) : ITeamsFileDownloader
{
    /// <summary>How many redirects a download may take (SharePoint's links answer directly; a few hops leave room for a move).</summary>
    public const int MaxRedirects = 3;

    public async Task<Result<DownloadedChatFile, EvidenceErrorCode>> DownloadAsync(TeamsFileDownloadInfo info, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(info);
        var http = httpClientFactory.CreateClient(GraphHttpClientNames.ChatFiles);
        var url = info.DownloadUrl;
        HttpResponseMessage? response = null;
        try
        {
            for (var hop = 0; ; hop++)
            {
                if (!IsAllowed(url))
                {
                    LogRefusedHost(logger, url.Host, hop);
                    return EvidenceErrorCode.DownloadHostNotAllowed;
                }

                response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
                if (!IsRedirect(response.StatusCode))
                {
                    break;
                }

                var location = response.Headers.Location;
                response.Dispose();
                response = null;
                if (location is null || hop >= MaxRedirects)
                {
                    LogTooManyRedirects(logger, hop + 1);
                    return EvidenceErrorCode.DownloadFailed;
                }

                url = location.IsAbsoluteUri ? location : new Uri(url, location);
            }

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
                return code;
            }

            var maxBytes = fileRules.Value.MaxFileBytes;
            var declared = response.Content.Headers.ContentLength;
            if (declared > maxBytes)
            {
                LogTooLarge(logger, declared.Value, maxBytes);
                return EvidenceErrorCode.TooLarge;
            }

            var stream = new LimitedReadStream(await response.Content.ReadAsStreamAsync(cancellationToken), maxBytes);
            var file = new DownloadedChatFile(info.Name, response.Content.Headers.ContentType?.MediaType, declared, stream, response);
            response = null;
            return file;
        }
        catch (HttpRequestException ex)
        {
            LogDownloadFailed(logger, (int)(ex.StatusCode ?? 0));
            return EvidenceErrorCode.DownloadFailed;
        }
        finally
        {
            response?.Dispose();
        }
    }

    /// <summary>Turns automatic redirects off on the chat-file client's handler (each hop is checked by the downloader instead).</summary>
    public static void DisableRedirects(HttpMessageHandler handler)
    {
        switch (handler)
        {
            case SocketsHttpHandler sockets:
                sockets.AllowAutoRedirect = false;
                break;
            case HttpClientHandler client:
                client.AllowAutoRedirect = false;
                break;
        }
    }

    private static bool IsRedirect(HttpStatusCode status) => status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found
        or HttpStatusCode.SeeOther or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Chat file download from host {Host} refused (after {Redirects} redirects)")]
    private static partial void LogRefusedHost(ILogger logger, string host, int redirects);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Chat file download refused: {Redirects} redirects, or one without a Location")]
    private static partial void LogTooManyRedirects(ILogger logger, int redirects);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Chat file download refused: {Declared} bytes declared, the limit is {Limit}")]
    private static partial void LogTooLarge(ILogger logger, long declared, long limit);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Chat file download failed with HTTP {Status}")]
    private static partial void LogDownloadFailed(ILogger logger, int status);
}
