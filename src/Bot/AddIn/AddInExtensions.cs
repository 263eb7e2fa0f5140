using CoopAssistant.Bot.AddIn.Claims;
using CoopAssistant.Bot.AddIn.DocumentationRequests;
using CoopAssistant.Bot.AddIn.Evidence;
using CoopAssistant.Bot.AddIn.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Identity.Web;

namespace CoopAssistant.Bot.AddIn;

/// <summary>The Outlook add-in: the task pane (static files under <c>/addin/</c>) and its API (<c>/api/addin/*</c>).</summary>
public static partial class AddInExtensions
{
    /// <summary>
    /// Registers the add-in API's authentication (scheme <see cref="AddInDefaults.Scheme"/>): Microsoft.Identity.Web's
    /// <c>AddMicrosoftIdentityWebApi</c> on the <c>AzureAd</c> section when <c>AzureAd:ClientId</c> is set; otherwise, in Development
    /// only, a development identity (<c>AddIn:Development</c>); otherwise nobody (401). Adds the authorization policy (scope
    /// <c>access_as_user</c>) and the CORS policy (<c>AddIn:AllowedOrigins</c>, no credentials).
    /// </summary>
    public static WebApplicationBuilder AddAddIn(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<AddInOptions>().BindConfiguration(AddInOptions.SectionName);
        var addIn = builder.Configuration.GetSection(AddInOptions.SectionName).Get<AddInOptions>() ?? new AddInOptions();

        var authentication = services.AddAuthentication();
        var azureAd = builder.Configuration.GetSection("AzureAd");
        if (!string.IsNullOrWhiteSpace(azureAd["ClientId"]))
        {
            authentication.AddMicrosoftIdentityWebApi(azureAd, AddInDefaults.Scheme);
            services.Configure<JwtBearerOptions>(AddInDefaults.Scheme, options =>
            {
                options.MapInboundClaims = false;
                options.SaveToken = false;
                // Multi-tenant: the issuer must be Entra's for the token's own tenant (tid); the claims policy then scopes by tenant.
                options.TokenValidationParameters.ValidIssuers = addIn.EffectiveIssuerTemplates;
            });
        }
        else if (builder.Environment.IsDevelopment())
        {
            authentication.AddScheme<AuthenticationSchemeOptions, DevelopmentIdentityHandler>(AddInDefaults.Scheme, "Add-in development identity", null);
        }
        else
        {
            authentication.AddScheme<AuthenticationSchemeOptions, UnconfiguredHandler>(AddInDefaults.Scheme, "Add-in (not configured)", null);
        }

        // The scope requirement's handler (AddMicrosoftIdentityWebApi does not add it; the development identity needs it too).
        services.AddRequiredScopeAuthorization();
        services.AddAuthorizationBuilder().AddPolicy(AddInDefaults.AuthorizationPolicy, policy => policy
            .AddAuthenticationSchemes(AddInDefaults.Scheme)
            .RequireAuthenticatedUser()
            .RequireScope(AddInDefaults.RequiredScope));

        services.AddCors(cors => cors.AddPolicy(AddInDefaults.CorsPolicy, policy =>
        {
            if (addIn.AllowedOrigins.Count > 0)
            {
                policy.WithOrigins([.. addIn.AllowedOrigins]);
            }

            policy.WithMethods("GET", "POST").WithHeaders("Authorization", "Content-Type", "Accept-Language").DisallowCredentials();
        }));
        return builder;
    }

    /// <summary>Serves the task pane from <c>wwwroot/addin</c> at <c>/addin/</c> and maps <c>/api/addin/*</c>.</summary>
    public static WebApplication MapAddIn(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var pane = StaticFolders.Find(app.Environment.ContentRootPath, "addin", "taskpane.html");
        if (pane is not null)
        {
            StaticFolders.Serve(app, AddInDefaults.PanePath, pane);
        }
        else
        {
            LogNoPane(app.Logger);
        }

        app.UseCors();
        app.UseAuthentication();
        app.UseAuthorization();

        app.MapGet(AddInDefaults.PanePath + "/config.json", (IConfiguration configuration, Microsoft.Extensions.Options.IOptions<AddInOptions> options) =>
        {
            var clientId = configuration["AzureAd:ClientId"] ?? "";
            var instance = (configuration["AzureAd:Instance"] ?? "https://login.microsoftonline.com/").TrimEnd('/');
            var tenant = configuration["AzureAd:TenantId"] ?? "organizations";
            var scope = options.Value.ApiScope ?? (clientId.Length > 0 ? $"api://{clientId}/{AddInDefaults.RequiredScope}" : "");
            return Results.Json(new PaneConfig(clientId, scope, $"{instance}/{tenant}", [.. options.Value.KnownAuthorities]), Http.AddInJson.Options);
        }).AllowAnonymous();

        var api = app.MapGroup(AddInDefaults.ApiPrefix)
            .RequireAuthorization(AddInDefaults.AuthorizationPolicy)
            .RequireCors(AddInDefaults.CorsPolicy);
        ListMyClaims.Map(api);
        GetClaim.Map(api);
        AttachEvidence.Map(api);
        RecordDocumentationRequest.Map(api);
        Outcomes.RecordOutcome.Map(api);
        return app;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The add-in task pane (wwwroot/addin) was not found; /addin/ is not served.")]
    private static partial void LogNoPane(ILogger logger);
}
