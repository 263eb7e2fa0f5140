using CoopAssistant.Bot.Conversation.Evidence.SignIn;
using CoopAssistant.Graph.Apps;
using CoopAssistant.Graph.Evidence;
using CoopAssistant.Graph.Files;
using CoopAssistant.Graph.Options;
using Microsoft.Extensions.Options;

namespace CoopAssistant.Bot.Conversation.Colleagues;

/// <summary>
/// Installs the app for a colleague the bot cannot reach, on behalf of the person asking, when Graph is configured, the app's catalog
/// id is set (<see cref="GraphOptions.TeamsAppCatalogId"/>) and the asker is signed in to Graph. True when the app is installed now
/// or already was; false otherwise (the tenant blocks it, no Graph): the owner is then told to share the app.
/// </summary>
public sealed partial class ColleagueAppInstall(GraphSignIn signIn, IGraphAppInstaller installer, IOptions<GraphOptions> options, ILogger<ColleagueAppInstall> logger)
{
    public async Task<bool> TryInstallAsync(string tenantId, string askerObjectId, string colleagueObjectId, CancellationToken cancellationToken)
    {
        if (options.Value.TeamsAppCatalogId is not { Length: > 0 } appId || !signIn.IsConfigured || string.IsNullOrEmpty(askerObjectId))
        {
            return false;
        }

        var asker = new GraphUserKey(tenantId, askerObjectId);
        if (await signIn.NeedsSignInAsync(asker, cancellationToken))
        {
            return false;
        }

        try
        {
            var outcome = await installer.InstallForUserAsync(asker, colleagueObjectId, appId, cancellationToken);
            LogInstall(logger, outcome.Match(installed => installed.ToString(), refused => refused.ToString()));
            return outcome.IsOk;
        }
        catch (Exception exception) when (GraphFailure.Classify(exception) is not null)
        {
            LogInstallFailed(logger, exception);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Installing the app for a colleague: {Outcome}")]
    private static partial void LogInstall(ILogger logger, string outcome);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Installing the app for a colleague failed")]
    private static partial void LogInstallFailed(ILogger logger, Exception exception);
}
