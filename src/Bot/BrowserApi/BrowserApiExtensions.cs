using CoopAssistant.Bot.BrowserApi.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Identity.Web;

namespace CoopAssistant.Bot.BrowserApi;

public static class BrowserApiExtensions
{
    /// <summary>
    /// Authentication and authorization of the browser APIs (add-in and tab; scheme and policy <see cref="BrowserApiDefaults"/>):
    /// Microsoft.Identity.Web's <c>AddMicrosoftIdentityWebApi</c> on the <c>AzureAd</c> section when <c>AzureAd:ClientId</c> is
    /// set; otherwise, in Development only, a development identity (<c>AddIn:Development</c>); otherwise nobody (401). The policy
    /// asks for an authenticated user with the <c>access_as_user</c> scope.
    /// </summary>
    public static WebApplicationBuilder AddBrowserApis(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<BrowserApiOptions>().BindConfiguration(BrowserApiOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        var options = builder.Configuration.GetSection(BrowserApiOptions.SectionName).Get<BrowserApiOptions>() ?? new BrowserApiOptions();

        var authentication = services.AddAuthentication();
        var azureAd = builder.Configuration.GetSection("AzureAd");
        if (!string.IsNullOrWhiteSpace(azureAd["ClientId"]))
        {
            authentication.AddMicrosoftIdentityWebApi(azureAd, BrowserApiDefaults.Scheme);
            services.Configure<JwtBearerOptions>(BrowserApiDefaults.Scheme, jwt =>
            {
                jwt.MapInboundClaims = false;
                jwt.SaveToken = false;
                // Multi-tenant: the issuer must be Entra's for the token's own tenant (tid); the claims policy then scopes by tenant.
                jwt.TokenValidationParameters.ValidIssuers = options.EffectiveIssuerTemplates;
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
            .RequireScope(BrowserApiDefaults.RequiredScope));
        return builder;
    }
}
