using CoopAssistant.Claims.Results;
using CoopAssistant.Graph.Evidence;

namespace CoopAssistant.Graph.Apps;

/// <summary>Installs this Teams app in a colleague's personal scope, on behalf of the signed-in person asking them.</summary>
public interface IGraphAppInstaller
{
    /// <summary><c>POST /users/{userId}/teamwork/installedApps</c> with <c>teamsApp@odata.bind</c> the app's catalog entry.</summary>
    Task<Result<AppInstalled, AppInstallRefused>> InstallForUserAsync(GraphUserKey asker, string userId, string teamsAppId, CancellationToken cancellationToken);
}
