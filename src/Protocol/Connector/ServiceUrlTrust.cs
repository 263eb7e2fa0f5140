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

    /// <summary>What each service URL seen recently parsed to: every turn checks its URL three times (well-formed at the door,
    /// trusted after the token's checks, trusted again before the reply leaves) and a channel has a handful of URLs, so each text
    /// is parsed once, not three to five times per turn. Bounded like the trusted set.</summary>
    private readonly ConcurrentDictionary<string, ParsedUrl> _parsed = new(StringComparer.Ordinal);

    /// <summary>Records a service URL that came with a validated token (or from a stored reference made from one).</summary>
    public void Trust(string serviceUrl)
    {
        if (Parse(serviceUrl).Normalized is { } key && !_trusted.ContainsKey(key))
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
    public static bool IsWellFormed(string? serviceUrl) => serviceUrl is not null && ParsedUrl.From(serviceUrl).WellFormed;

    /// <summary><see cref="IsWellFormed"/>, from this instance's parsed URLs.</summary>
    public bool Accepts(string? serviceUrl) => serviceUrl is not null && Parse(serviceUrl).WellFormed;

    /// <summary>True when the bot may call <paramref name="serviceUrl"/>: well formed, and in local mode on loopback; otherwise
    /// trusted (came with a validated token) or an https URL on one of <see cref="BotFrameworkOptions.TrustedServiceUrlHosts"/>.</summary>
    public bool IsTrusted(string? serviceUrl)
    {
        if (serviceUrl is null || Parse(serviceUrl) is not { WellFormed: true } url)
        {
            return false;
        }

        if (bot.Value.IsLocalMode)
        {
            return url.Loopback;
        }

        return _trusted.ContainsKey(url.Normalized!)
            || (url.Https && framework.Value.TrustedServiceUrlHosts.Any(h => string.Equals(h, url.Host, StringComparison.OrdinalIgnoreCase)));
    }

    public static bool IsLoopback(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        return uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
    }

    private ParsedUrl Parse(string serviceUrl)
    {
        if (_parsed.TryGetValue(serviceUrl, out var known))
        {
            return known;
        }

        var parsed = ParsedUrl.From(serviceUrl);
        if (_parsed.Count >= MaxRemembered)
        {
            _parsed.Clear();
        }

        _parsed.TryAdd(serviceUrl, parsed);
        return parsed;
    }

    /// <summary>One service URL's parse: well formed (see <see cref="IsWellFormed"/>), on loopback, https, its host, and its
    /// normalized form (scheme, host, port and path, lower case, no trailing slash) that the trusted set holds.</summary>
    private sealed record ParsedUrl(bool WellFormed, bool Loopback, bool Https, string? Host, string? Normalized)
    {
        public static ParsedUrl From(string serviceUrl)
        {
            if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri))
            {
                return new ParsedUrl(false, false, false, null, null);
            }

            var loopback = IsLoopback(uri);
            var https = uri.Scheme == Uri.UriSchemeHttps;
            var wellFormed = string.IsNullOrEmpty(uri.UserInfo) && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.Fragment)
                && (https || (uri.Scheme == Uri.UriSchemeHttp && loopback));
            return new ParsedUrl(wellFormed, loopback, https, uri.Host, uri.GetLeftPart(UriPartial.Path).TrimEnd('/').ToLowerInvariant());
        }
    }
}
