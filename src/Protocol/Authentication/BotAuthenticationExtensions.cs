using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace CoopAssistant.Protocol.Authentication;

/// <summary>
/// Inbound authentication with the standard JwtBearer handler: one scheme for Bot Framework channel
/// tokens, one for Entra-issued tokens of single-tenant bots, and a policy scheme that forwards by issuer.
/// </summary>
public static class BotAuthenticationExtensions
{
    private static readonly string[] SigningAlgorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    public static IServiceCollection AddBotAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        // The bot's identity is read from root keys (MicrosoftAppId, …), the Bot Framework's own names, so it binds the root.
        services.AddOptions<BotOptions>().Bind(configuration).ValidateOnStart();
        services.AddOptions<BotFrameworkOptions>().BindConfiguration(BotFrameworkOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();

        var bot = configuration.Get<BotOptions>() ?? new BotOptions();
        var framework = configuration.GetSection(BotFrameworkOptions.SectionName).Get<BotFrameworkOptions>() ?? new BotFrameworkOptions();

        var authentication = services.AddAuthentication();
        authentication.AddPolicyScheme(BotAuthenticationDefaults.Scheme, "Bot Framework channel", policy =>
            policy.ForwardDefaultSelector = context => SelectScheme(context.Request.Headers.Authorization.ToString(), bot, framework));

        authentication.AddJwtBearer(BotAuthenticationDefaults.BotFrameworkScheme, options =>
        {
            Configure(options, bot, framework, framework.OpenIdMetadataUrl.ToString(), [framework.Issuer]);
            options.Events = new JwtBearerEvents { OnTokenValidated = AddEndorsementsAsync };
        });

        if (bot.IsSingleTenant && !string.IsNullOrWhiteSpace(bot.MicrosoftAppTenantId))
        {
            var tenant = bot.MicrosoftAppTenantId;
            var metadata = new Uri(framework.EntraInstance, $"{tenant}/v2.0/.well-known/openid-configuration");
            authentication.AddJwtBearer(BotAuthenticationDefaults.EntraScheme, options =>
            {
                Configure(options, bot, framework, metadata.ToString(),
                    [$"https://sts.windows.net/{tenant}/", $"https://login.microsoftonline.com/{tenant}/v2.0"]);
                options.Events = new JwtBearerEvents
                {
                    OnTokenValidated = context =>
                    {
                        // Entra signing keys carry no channel endorsements: nothing to compare.
                        context.Principal?.Identities.First().AddClaim(new Claim(BotAuthenticationDefaults.EndorsementsNotApplicableClaim, "true"));
                        return Task.CompletedTask;
                    },
                };
            });
        }

        return services;
    }

    private static void Configure(JwtBearerOptions options, BotOptions bot, BotFrameworkOptions framework, string metadata, string[] issuers)
    {
        options.MetadataAddress = metadata;
        options.RequireHttpsMetadata = framework.RequireHttpsMetadata;
        options.AutomaticRefreshInterval = framework.KeyRefreshInterval;
        options.RefreshInterval = framework.MinimumKeyRefreshInterval;
        options.RefreshOnIssuerKeyNotFound = true;
        options.MapInboundClaims = false;
        options.SaveToken = false;
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuers = issuers,
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

    /// <summary>Chooses the scheme by the (not yet validated) issuer; the chosen scheme validates everything.</summary>
    private static string SelectScheme(string authorization, BotOptions bot, BotFrameworkOptions framework)
    {
        if (!bot.IsSingleTenant || !authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return BotAuthenticationDefaults.BotFrameworkScheme;
        }

        var handler = new JsonWebTokenHandler();
        var raw = authorization["Bearer ".Length..].Trim();
        if (!handler.CanReadToken(raw))
        {
            return BotAuthenticationDefaults.BotFrameworkScheme;
        }

        string issuer;
        try
        {
            issuer = handler.ReadJsonWebToken(raw).Issuer;
        }
        catch (ArgumentException)
        {
            return BotAuthenticationDefaults.BotFrameworkScheme;
        }

        return string.Equals(issuer, framework.Issuer, StringComparison.Ordinal)
            ? BotAuthenticationDefaults.BotFrameworkScheme
            : BotAuthenticationDefaults.EntraScheme;
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
