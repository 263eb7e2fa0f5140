using CoopAssistant.Bot.BrowserApi;
using CoopAssistant.Bot.Tab.MyClaims;
using CoopAssistant.Bot.Tab.Organization;

namespace CoopAssistant.Bot.Tab;

/// <summary>The claims dashboard tab: the page (static files under <c>/tab/</c>, built from <c>Tab/client</c>) and its API
/// (<c>/api/tab/*</c>), authenticated by the browser APIs' scheme and policy (<see cref="BrowserApiExtensions.AddBrowserApis"/>): the Teams SSO
/// token is an Entra token for the same app and scope.</summary>
public static class TabExtensions
{
    public static WebApplicationBuilder AddTab(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<TabOptions>().BindConfiguration(TabOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddMemoryCache();
        builder.Services.AddSingleton<TimelineQuery>();
        builder.Services.AddSingleton<OrganizationQuery>();
        return builder;
    }

    /// <summary>Maps the tab's <c>config.json</c> and <c>/api/tab/*</c> (the page's files and authentication are the host's pipeline).</summary>
    public static WebApplication MapTab(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet(TabDefaults.PagePath + "/config.json", (IConfiguration configuration) =>
            BrowserApi.ApiResults.Json(new TabConfig(configuration["MicrosoftAppId"] ?? ""))).AllowAnonymous();

        var api = app.MapGroup(TabDefaults.ApiPrefix).RequireAuthorization(BrowserApiDefaults.AuthorizationPolicy).RequireRateLimiting(ApiRateLimits.Policy);
        TabClaimEndpoints.Map(api);
        OrganizationEndpoint.Map(api);
        Partner.PartnerIdentityEndpoints.Map(api);
        Funds.TabFundEndpoints.Map(api);
        return app;
    }
}
