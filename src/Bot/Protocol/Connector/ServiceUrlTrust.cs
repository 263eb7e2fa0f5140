using System.Collections.Concurrent;
using System.Net;
using CoopAssistant.Bot.Protocol.Authentication;
using Microsoft.Extensions.Options;

namespace CoopAssistant.Bot.Protocol.Connector;

/// <summary>
/// The service URLs the bot may call: those that arrived in authenticated activities (or were stored
/// from one), plus configured channel hosts. Anything else is refused before a request leaves (no SSRF).
/// In local mode only loopback URLs are allowed.
/// </summary>
public sealed class ServiceUrlTrust(IOptions<BotOptions> bot, IOptions<BotFrameworkOptions> framework)
{
    private const int MaxRemembered = 10_000;
    private readonly ConcurrentDictionary<string, byte> _trusted = new(StringComparer.Ordinal);

    /// <summary>Records a service URL that came with a validated token (or from a stored reference made from one).</summary>
    public void Trust(string serviceUrl)
    {
        if (Normalize(serviceUrl) is { } key && !_trusted.ContainsKey(key))
        {
            if (_trusted.Count >= MaxRemembered)
            {
                _trusted.Clear();
            }

            _trusted.TryAdd(key, 0);
        }
    }

    public bool IsTrusted(string? serviceUrl)
    {
        if (serviceUrl is null || !Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) || !string.IsNullOrEmpty(uri.UserInfo))
        {
            return false;
        }

        if (bot.Value.IsLocalMode)
        {
            return IsLoopback(uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
        }

        if (uri.Scheme != Uri.UriSchemeHttps && !IsLoopback(uri))
        {
            return false;
        }

        return _trusted.ContainsKey(Normalize(serviceUrl)!)
            || (uri.Scheme == Uri.UriSchemeHttps && framework.Value.TrustedServiceUrlHosts.Any(h => string.Equals(h, uri.Host, StringComparison.OrdinalIgnoreCase)));
    }

    public static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));

    private static string? Normalize(string serviceUrl) =>
        Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri)
            ? uri.GetLeftPart(UriPartial.Path).TrimEnd('/').ToLowerInvariant()
            : null;
}
