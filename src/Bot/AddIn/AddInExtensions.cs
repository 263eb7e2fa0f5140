using CoopAssistant.Bot.AddIn.Claims;
using CoopAssistant.Bot.AddIn.DocumentationRequests;
using CoopAssistant.Bot.AddIn.Evidence;
using CoopAssistant.Bot.BrowserApi;
using CoopAssistant.Graph.Options;
using Microsoft.Extensions.Options;

namespace CoopAssistant.Bot.AddIn;

/// <summary>The Outlook add-in: the task pane (static files under <c>/addin/</c>) and its API (<c>/api/addin/*</c>).</summary>
public static class AddInExtensions
{
    /// <summary>The add-in's settings and its CORS policy (<c>AddIn:AllowedOrigins</c>, no credentials); its authentication and
    /// authorization are the browser APIs' (<see cref="BrowserApiExtensions.AddBrowserApis"/>).</summary>
    public static WebApplicationBuilder AddAddIn(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<AddInOptions>().BindConfiguration(AddInOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        var addIn = builder.Configuration.GetSection(AddInOptions.SectionName).Get<AddInOptions>() ?? new AddInOptions();
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

    /// <summary>Maps the task pane's <c>config.json</c> and <c>/api/addin/*</c> (the pane's files, CORS and authentication are the
    /// host's pipeline, in Program.cs).</summary>
    public static WebApplication MapAddIn(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        // The pane asks MSAL.js for the one registration's scope, {AzureAd:ApplicationIdUri}/access_as_user (validated on start).
        app.MapGet(AddInDefaults.PanePath + "/config.json", (IOptions<SsoOptions> sso, IOptions<AddInOptions> options) =>
        {
            var registration = sso.Value;
            var clientId = registration.ClientId;
            var scope = clientId.Length > 0 ? registration.ApiScope : "";
            var authority = $"{registration.Instance.AbsoluteUri.TrimEnd('/')}/{registration.TenantId}";
            return Results.Json(new PaneConfig(clientId, scope, authority, [.. options.Value.KnownAuthorities]), ApiJson.Options);
        }).AllowAnonymous();

        var api = app.MapGroup(AddInDefaults.ApiPrefix)
            .RequireAuthorization(BrowserApiDefaults.AuthorizationPolicy)
            .RequireCors(AddInDefaults.CorsPolicy)
            .RequireRateLimiting(ApiRateLimits.Policy);
        ListMyClaims.Map(api);
        GetClaim.Map(api);
        AttachEvidence.Map(api);
        RecordDocumentationRequest.Map(api);
        Outcomes.RecordOutcome.Map(api);
        return app;
    }
}
