using System.Collections.Concurrent;
using System.Net;
using CoopAssistant.Protocol.Authentication;
using Microsoft.Extensions.Options;

namespace CoopAssistant.Protocol.Connector;

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

    /// <summary>An address a channel may have: absolute https (or http on loopback), no user info, query or fragment.
    /// Anything else is refused at the door even with a valid token, so it is never called (no SSRF through serviceUrl).</summary>
    public static bool IsWellFormed(string? serviceUrl) =>
        serviceUrl is not null
        && Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri)
        && string.IsNullOrEmpty(uri.UserInfo) && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.Fragment)
        && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && IsLoopback(uri)));

    public bool IsTrusted(string? serviceUrl)
    {
        if (!IsWellFormed(serviceUrl) || !Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri))
        {
            return false;
        }

        if (bot.Value.IsLocalMode)
        {
            return IsLoopback(uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
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
