using System.ComponentModel.DataAnnotations;

namespace CoopAssistant.Protocol.Authentication;

/// <summary>
/// Endpoints and limits of the Bot Framework protocol (section <c>BotFramework</c>). The defaults are
/// the public cloud's; tests point the URLs at a local token issuer.
/// </summary>
public sealed class BotFrameworkOptions
{
    public const string SectionName = "BotFramework";

    /// <summary>OpenID metadata of the Bot Framework token service (channel → bot tokens).</summary>
    [Required]
    public Uri OpenIdMetadataUrl { get; set; } = new("https://login.botframework.com/v1/.well-known/openidconfiguration");

    /// <summary>Issuer of Bot Framework channel tokens.</summary>
    [Required]
    public string Issuer { get; set; } = "https://api.botframework.com";

    /// <summary>Entra ID instance the bot's outbound client-credentials token comes from.</summary>
    [Required]
    public Uri EntraInstance { get; set; } = new("https://login.microsoftonline.com/");

    /// <summary>Scope of the outbound token for the Connector API.</summary>
    [Required]
    public string ConnectorScope { get; set; } = "https://api.botframework.com/.default";

    /// <summary>Allowed clock skew when checking token lifetimes.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00", ParseLimitsInInvariantCulture = true)]
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often signing keys are re-read even without an unknown key id.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00", ParseLimitsInInvariantCulture = true)]
    public TimeSpan KeyRefreshInterval { get; set; } = TimeSpan.FromHours(12);

    /// <summary>The shortest time between two forced key refreshes (an unknown key id triggers one).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ParseLimitsInInvariantCulture = true)]
    public TimeSpan MinimumKeyRefreshInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How many validated channel tokens are kept (<see cref="ChannelTokenCache"/>); 0 validates every request in full. A
    /// channel reuses its token until it expires, so a few distinct tokens an hour is usual: 10,000 leaves room for many channel
    /// instances and still bounds the memory (about 1.2 KiB per entry: 11 MiB for 10,000, measured in bench/Bot.Bench).
    /// </summary>
    [Range(0, 1_000_000)]
    public int TokenCacheEntries { get; set; } = 10_000;

    /// <summary>HTTPS metadata only; turned off by tests whose local issuer speaks plain HTTP on loopback.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>Largest accepted activity body.</summary>
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxActivityBytes { get; set; } = 256 * 1024;

    /// <summary>Host names of service URLs trusted before any activity arrived (for proactive sends after a restart).</summary>
    public IList<string> TrustedServiceUrlHosts { get; } = ["smba.trafficmanager.net"];

    /// <summary>How long a delivered activity id is remembered to drop a redelivery.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ParseLimitsInInvariantCulture = true)]
    public TimeSpan DeduplicationWindow { get; set; } = TimeSpan.FromMinutes(10);
}
