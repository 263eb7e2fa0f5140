using CoopAssistant.Bot.AddIn;
using CoopAssistant.Bot.Tab.MyClaims;
using CoopAssistant.Bot.Tab.Organisation;

namespace CoopAssistant.Bot.Tab;

/// <summary>The claims dashboard tab: the page (static files under <c>/tab/</c>, built from <c>Tab/client</c>) and its API
/// (<c>/api/tab/*</c>), authenticated by the add-in's scheme and policy (<see cref="AddInExtensions.AddAddIn"/>): the Teams SSO
/// token is an Entra token for the same app and scope.</summary>
public static partial class TabExtensions
{
    public static WebApplicationBuilder AddTab(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<TabOptions>().BindConfiguration(TabOptions.SectionName);
        builder.Services.AddMemoryCache();
        builder.Services.AddSingleton<TimelineQuery>();
        builder.Services.AddSingleton<OrganisationQuery>();
        return builder;
    }

    /// <summary>Call after <see cref="AddInExtensions.MapAddIn"/> (which adds authentication and authorization to the pipeline).</summary>
    public static WebApplication MapTab(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var page = StaticFolders.Find(app.Environment.ContentRootPath, "tab", "index.html");
        if (page is not null)
        {
            StaticFolders.Serve(app, TabDefaults.PagePath, page, defaultDocument: "index.html");
        }
        else
        {
            LogNoPage(app.Logger);
        }

        app.MapGet(TabDefaults.PagePath + "/config.json", (IConfiguration configuration) =>
            AddIn.Http.AddInResults.Json(new TabConfig(configuration["MicrosoftAppId"] ?? ""))).AllowAnonymous();

        var api = app.MapGroup(TabDefaults.ApiPrefix).RequireAuthorization(AddInDefaults.AuthorizationPolicy);
        TabClaimEndpoints.Map(api);
        OrganisationEndpoint.Map(api);
        return app;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The dashboard tab (wwwroot/tab) was not found; /tab/ is not served.")]
    private static partial void LogNoPage(ILogger logger);
}
