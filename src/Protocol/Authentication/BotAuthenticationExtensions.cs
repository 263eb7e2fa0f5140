using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace CoopAssistant.Protocol.Authentication;

/// <summary>
/// Inbound authentication with the standard JwtBearer handler: Bot Framework channel tokens only (issuer
/// <c>https://api.botframework.com</c>, keys from the Bot Framework OpenID metadata, audience the app id), for multi-tenant and
/// single-tenant bots alike. Azure Bot Service signs what it sends to a single-tenant bot with the same Bot Framework token; the
/// bot's tenant only changes where the bot gets its own outbound token (<see cref="Connector.MsalConnectorTokenProvider"/>).
/// Entra-issued tokens are refused: none of them carries the <c>serviceurl</c> claim the channel checks need, and any app of a
/// tenant can get one for this bot's app id (see docs/identity.md, "Channel tokens").
/// </summary>
public static class BotAuthenticationExtensions
{
    private static readonly string[] SigningAlgorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    public static IServiceCollection AddBotAuthentication(this IServiceCollection services)
    {
        // The bot's identity is read from root keys (MicrosoftAppId, …), the Bot Framework's own names, so it binds the root
        // (BindConfiguration binds a named section: this is what it does, for the root).
        services.AddOptions<BotOptions>().Configure<IConfiguration>((options, root) => root.Bind(options)).ValidateOnStart();
        services.AddOptions<BotFrameworkOptions>().BindConfiguration(BotFrameworkOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ChannelTokenCache>();
        services.AddOptions<ChannelAccessOptions>().BindConfiguration(ChannelAccessOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();

        services.AddAuthentication().AddJwtBearer(BotAuthenticationDefaults.Scheme, options =>
            options.Events = new JwtBearerEvents { OnTokenValidated = AddEndorsementsAsync });
        // The token rules come from the bound options when the scheme's options are built, not from a read at registration.
        services.AddOptions<JwtBearerOptions>(BotAuthenticationDefaults.Scheme)
            .Configure<IOptions<BotOptions>, IOptions<BotFrameworkOptions>>((options, bot, framework) => Configure(options, bot.Value, framework.Value));
        return services;
    }

    private static void Configure(JwtBearerOptions options, BotOptions bot, BotFrameworkOptions framework)
    {
        options.MetadataAddress = framework.OpenIdMetadataUrl.ToString();
        options.RequireHttpsMetadata = framework.RequireHttpsMetadata;
        options.AutomaticRefreshInterval = framework.KeyRefreshInterval;
        options.RefreshInterval = framework.MinimumKeyRefreshInterval;
        options.RefreshOnIssuerKeyNotFound = true;
        options.MapInboundClaims = false;
        options.SaveToken = false;
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuers = [framework.Issuer],
            ValidAudiences = bot.ValidAudiences(),
            ValidateIssuer = true,
            ValidateAudience = true,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ValidateIssuerSigningKey = true,
            // A key id the key set does not have is refused (after a refresh), never tried against every key.
            TryAllIssuerSigningKeys = false,
            ValidAlgorithms = SigningAlgorithms,
            ClockSkew = framework.ClockSkew,
        };
    }

    /// <summary>Copies the signing key's <c>endorsements</c> (channel ids) from the published key set onto the principal.</summary>
    private static async Task AddEndorsementsAsync(TokenValidatedContext context)
    {
        if (context.Principal?.Identity is not ClaimsIdentity identity || context.SecurityToken is not JsonWebToken token)
        {
            context.Fail("The token could not be read.");
            return;
        }

        var manager = context.Options.ConfigurationManager;
        if (manager is null)
        {
            context.Fail("No signing key configuration.");
            return;
        }

        OpenIdConnectConfiguration configuration = await manager.GetConfigurationAsync(context.HttpContext.RequestAborted);
        var key = configuration.JsonWebKeySet?.Keys.FirstOrDefault(k => string.Equals(k.Kid, token.Kid, StringComparison.Ordinal));
        foreach (var endorsement in ReadEndorsements(key))
        {
            identity.AddClaim(new Claim(BotAuthenticationDefaults.EndorsementClaim, endorsement));
        }

        Remember(context, token, manager, configuration);
    }

    /// <summary>Keeps the validated token (<see cref="ChannelTokenCache"/>) with the key set it was checked against.</summary>
    private static void Remember(TokenValidatedContext context, JsonWebToken token, IConfigurationManager<OpenIdConnectConfiguration> keys, OpenIdConnectConfiguration keySet)
    {
        var cache = context.HttpContext.RequestServices.GetRequiredService<ChannelTokenCache>();
        context.Principal = cache.Remember(token.EncodedToken, context.Principal!, new DateTimeOffset(token.ValidTo, TimeSpan.Zero), keys, keySet);
    }

    private static IEnumerable<string> ReadEndorsements(JsonWebKey? key)
    {
        if (key is null || !key.AdditionalData.TryGetValue("endorsements", out var value) || value is null)
        {
            return [];
        }

        return value switch
        {
            JsonElement { ValueKind: JsonValueKind.Array } array => array.EnumerateArray()
                .Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!),
            IEnumerable<object> list => list.Select(o => o?.ToString()).OfType<string>(),
            string single => [single],
            _ => [],
        };
    }
}
