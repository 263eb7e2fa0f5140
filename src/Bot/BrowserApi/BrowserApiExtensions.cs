using CoopAssistant.Bot.BrowserApi.Identity;
using CoopAssistant.Graph.Options;
using CoopAssistant.Graph.Tokens;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Web;

namespace CoopAssistant.Bot.BrowserApi;

public static class BrowserApiExtensions
{
    /// <summary>
    /// Authentication and authorization of the browser APIs (add-in and tab; scheme and policy <see cref="BrowserApiDefaults"/>):
    /// Microsoft.Identity.Web's <c>AddMicrosoftIdentityWebApi</c> on the <c>AzureAd</c> section when <c>AzureAd:ClientId</c> is
    /// set, with <see cref="SsoTokenRules"/> (the tab's and the add-in's tokens are the bot's SSO tokens: one registration); otherwise, in Development only, a development identity (<c>AddIn:Development</c>); otherwise nobody (401). The policy
    /// asks for an authenticated user with the <c>access_as_user</c> scope.
    /// </summary>
    public static WebApplicationBuilder AddBrowserApis(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<BrowserApiOptions>().BindConfiguration(BrowserApiOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();

        var authentication = services.AddAuthentication();
        var azureAd = builder.Configuration.GetSection(SsoOptions.SectionName);
        if (!string.IsNullOrWhiteSpace(azureAd["ClientId"]))
        {
            authentication.AddMicrosoftIdentityWebApi(azureAd, BrowserApiDefaults.Scheme);
            services.AddOptions<JwtBearerOptions>(BrowserApiDefaults.Scheme).Configure<IOptions<SsoOptions>>((jwt, sso) =>
            {
                jwt.MapInboundClaims = false;
                jwt.SaveToken = false;
                // The same token rules as the bot's SSO: a v2 token of the one registration, audience the client id, issuer the v2
                // issuer of the token's own tenant (tid); the claims policy then scopes by tenant. Replaces Microsoft.Identity.Web's
                // defaults, which also take api://{ClientId} and v1 tokens.
                SsoTokenRules.Apply(jwt.TokenValidationParameters, sso.Value);
            });
        }
        else if (builder.Environment.IsDevelopment())
        {
            authentication.AddScheme<AuthenticationSchemeOptions, DevelopmentIdentityHandler>(BrowserApiDefaults.Scheme, "Browser API development identity", null);
        }
        else
        {
            authentication.AddScheme<AuthenticationSchemeOptions, UnconfiguredHandler>(BrowserApiDefaults.Scheme, "Browser API (not configured)", null);
        }

        // The scope requirement's handler (AddMicrosoftIdentityWebApi does not add it; the development identity needs it too).
        services.AddRequiredScopeAuthorization();
        services.AddAuthorizationBuilder().AddPolicy(BrowserApiDefaults.AuthorizationPolicy, policy => policy
            .AddAuthenticationSchemes(BrowserApiDefaults.Scheme)
            .RequireAuthenticatedUser()
            .RequireScope(BrowserApiDefaults.RequiredScope)
            .RequireAssertion(IsAllowedTenant));
        return builder;
    }

    /// <summary><c>Bot:AllowedTenants</c> (none = any) applies to the browser APIs by the token's tenant (403 otherwise).</summary>
    private static bool IsAllowedTenant(Microsoft.AspNetCore.Authorization.AuthorizationHandlerContext context)
    {
        if (context.Resource is not HttpContext http)
        {
            return false;
        }

        var tenant = context.User.FindFirst(ApiClaimTypes.TenantId)?.Value
            ?? context.User.FindFirst("http://schemas.microsoft.com/identity/claims/tenantid")?.Value;
        return http.RequestServices.GetRequiredService<IOptions<CoopAssistant.Protocol.Authentication.ChannelAccessOptions>>().Value.AllowsTenant(tenant);
    }
}
