using CoopAssistant.Claims.Results;
using CoopAssistant.Graph.Client;
using CoopAssistant.Graph.Evidence;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;

namespace CoopAssistant.Graph.Apps;

/// <summary>
/// Installs the app for a user: <c>POST /users/{id}/teamwork/installedApps</c> with
/// <c>{"teamsApp@odata.bind": "https://graph.microsoft.com/v1.0/appCatalogs/teamsApps/{teamsAppId}"}</c>; 201 when installed, 409 when
/// it already was (https://learn.microsoft.com/en-us/graph/api/userteamwork-post-installedapps). The least delegated permission is
/// <c>TeamsAppInstallation.ReadWriteSelfForUser</c> (the app installs itself); the tenant's app policies may still refuse (403).
/// </summary>
public sealed class GraphAppInstaller(IGraphClientFactory clients) : IGraphAppInstaller
{
    public const string TeamsAppBind = "teamsApp@odata.bind";

    public static string CatalogUrl(string teamsAppId) => "https://graph.microsoft.com/v1.0/appCatalogs/teamsApps/" + Uri.EscapeDataString(teamsAppId);

    public async Task<Result<AppInstalled, AppInstallRefused>> InstallForUserAsync(GraphUserKey asker, string userId, string teamsAppId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(asker);
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        ArgumentException.ThrowIfNullOrWhiteSpace(teamsAppId);
        var body = new UserScopeTeamsAppInstallation { AdditionalData = new Dictionary<string, object> { [TeamsAppBind] = CatalogUrl(teamsAppId) } };
        try
        {
            await clients.CreateForUser(asker).Users[userId].Teamwork.InstalledApps.PostAsync(body, cancellationToken: cancellationToken);
            return AppInstalled.Now;
        }
        catch (ODataError error) when (error.ResponseStatusCode == 409)
        {
            return AppInstalled.Already;
        }
        catch (ODataError error) when (error.ResponseStatusCode is 403 or 404)
        {
            return error.ResponseStatusCode == 403 ? AppInstallRefused.Forbidden : AppInstallRefused.NotFound;
        }
    }
}
