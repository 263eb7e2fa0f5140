using System.Text.RegularExpressions;
using Microsoft.IdentityModel.JsonWebTokens;

namespace CoopAssistant.TestKit.Graph;

/// <summary>
/// Graph's authorization as the fake enforces it: every <c>/v1.0</c> call carries a bearer access token whose delegated scopes
/// (<c>scp</c>) include one the call's reference page accepts; otherwise the call is answered 403 <c>accessDenied</c> (inside a
/// <c>$batch</c>, the step is; each step is authorized on its own). <c>Files.Read</c> and <c>Files.ReadWrite</c> reach only the
/// signed-in user's own drive; another drive (someone else's OneDrive, a SharePoint library) needs an <c>.All</c> or <c>Sites</c>
/// permission. The pre-authenticated URLs Graph hands out (copy monitor, upload session, file download) take no token.
/// The table is the fake's own reading of Graph's reference, independent of the product's table.
/// </summary>
public sealed partial class FakeGraphServer
{
    private static readonly string[] ReadAny = ["Files.Read", "Files.ReadWrite", "Files.Read.All", "Files.ReadWrite.All", "Sites.Read.All", "Sites.ReadWrite.All"];
    private static readonly string[] WriteAny = ["Files.ReadWrite", "Files.ReadWrite.All", "Sites.ReadWrite.All"];

    private static readonly string[] ReadUsers = ["User.ReadBasic.All", "User.Read.All", "User.ReadWrite.All", "Directory.Read.All", "Directory.ReadWrite.All"];

    private static readonly PermissionRule[] PermissionRules =
    [
        // https://learn.microsoft.com/en-us/graph/api/resources/search-api-overview#scope-search-based-on-entity-types
        new("POST", SearchPath(), ["Files.Read.All", "Files.ReadWrite.All", "Sites.Read.All", "Sites.ReadWrite.All"], DriveGroup: 0),
        // https://learn.microsoft.com/en-us/graph/api/drive-get#permissions
        new("GET", MyDrivePath(), [.. ReadAny, "User.Read"], DriveGroup: 0),
        // https://learn.microsoft.com/en-us/graph/api/drive-recent#permissions
        new("GET", RecentPath(), ReadAny, DriveGroup: 0),
        // https://learn.microsoft.com/en-us/graph/api/driveitem-get#permissions
        new("GET", ItemPath(), [.. ReadAny, "Group.Read.All", "Group.ReadWrite.All"], DriveGroup: 1),
        new("GET", RootPath(), [.. ReadAny, "Group.Read.All", "Group.ReadWrite.All"], DriveGroup: 1),
        // https://learn.microsoft.com/en-us/graph/api/driveitem-get-content#permissions
        new("GET", ItemContentPath(), ReadAny, DriveGroup: 1),
        // https://learn.microsoft.com/en-us/graph/api/driveitem-post-children#permissions
        new("POST", ChildrenPath(), WriteAny, DriveGroup: 1),
        // https://learn.microsoft.com/en-us/graph/api/driveitem-copy#permissions
        new("POST", CopyPath(), WriteAny, DriveGroup: 1),
        // https://learn.microsoft.com/en-us/graph/api/driveitem-put-content#permissions
        new("PUT", ContentPath(), WriteAny, DriveGroup: 1),
        // https://learn.microsoft.com/en-us/graph/api/driveitem-createuploadsession#permissions
        new("POST", SessionPath(), WriteAny, DriveGroup: 1),
        // https://learn.microsoft.com/en-us/graph/api/driveitem-move#permissions (an update of parentReference)
        new("PATCH", ItemPath(), WriteAny, DriveGroup: 1),
        // https://learn.microsoft.com/en-us/graph/api/driveitem-delete#permissions
        new("DELETE", ItemPath(), WriteAny, DriveGroup: 1),
        // https://learn.microsoft.com/en-us/graph/api/user-list#permissions (least privileged delegated: User.ReadBasic.All)
        new("GET", UsersPath(), ReadUsers, DriveGroup: 0),
        // https://learn.microsoft.com/en-us/graph/api/user-get#permissions
        new("GET", UserPath(), ReadUsers, DriveGroup: 0),
        // https://learn.microsoft.com/en-us/graph/api/userteamwork-post-installedapps#permissions
        new("POST", InstalledAppsPath(), ["TeamsAppInstallation.ReadWriteSelfForUser", "TeamsAppInstallation.ManageSelectedForUser", "TeamsAppInstallation.ReadWriteAndConsentForUser",
            "TeamsAppInstallation.ReadWriteAndConsentSelfForUser", "TeamsAppInstallation.ReadWriteForUser", "TeamsAppInstallation.ReadWriteSelectedForUser"], DriveGroup: 0),
    ];

    /// <summary>
    /// Null when the token may make this call; else the answer Graph gives: 401 <c>InvalidAuthenticationToken</c> without a
    /// readable bearer token (https://learn.microsoft.com/en-us/graph/errors#http-status-codes), 403 <c>accessDenied</c> when its
    /// <c>scp</c> holds no permission the call accepts for this drive.
    /// </summary>
    private static FakeResponse? Authorize(string method, string path, string authorization)
    {
        var rule = PermissionRules.Select(r => (Rule: r, Match: r.Method == method ? r.Path.Match(path) : Match.Empty))
            .FirstOrDefault(r => r.Match.Success);
        if (rule.Rule is null)
        {
            return null;
        }

        if (ScopesOf(authorization) is not { } scopes)
        {
            return FakeResponse.Error(401, "InvalidAuthenticationToken", "Access token is empty or not a valid JWT.");
        }

        var accepted = rule.Rule.Accepted;
        if (rule.Rule.DriveGroup > 0 && rule.Match.Groups[rule.Rule.DriveGroup].Value != MyDriveId)
        {
            // https://learn.microsoft.com/en-us/graph/permissions-reference#filesread: Files.Read/ReadWrite are the user's own files only.
            accepted = [.. accepted.Where(p => p is not ("Files.Read" or "Files.ReadWrite"))];
        }

        return scopes.Any(s => accepted.Contains(s, StringComparer.OrdinalIgnoreCase))
            ? null
            : FakeResponse.Error(403, "accessDenied", $"Either scp or roles claim need to be present in the token and include one of: {string.Join(", ", accepted)}.");
    }

    /// <summary>The <c>scp</c> of a bearer JWT (read, not validated: the fake trusts its fake Entra), or null when there is none.</summary>
    private static string[]? ScopesOf(string authorization)
    {
        const string Bearer = "Bearer ";
        if (!authorization.StartsWith(Bearer, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var handler = new JsonWebTokenHandler();
        var raw = authorization[Bearer.Length..].Trim();
        if (!handler.CanReadToken(raw))
        {
            return null;
        }

        var token = handler.ReadJsonWebToken(raw);
        return token.TryGetPayloadValue<string>("scp", out var scp) ? scp.Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
    }

    /// <summary>Every call of the table (method and path pattern, the permissions accepted) for tests that compare it with the product's.</summary>
    public static IReadOnlyList<(string Method, string PathPattern, IReadOnlyList<string> Accepted, bool OtherDrivesNeedAll)> PermissionTable =>
        [.. PermissionRules.Select(r => (r.Method, r.Path.ToString(), (IReadOnlyList<string>)r.Accepted, r.DriveGroup > 0))];

    [GeneratedRegex("^/drives/([^/]+)/items/([^/:]+)/content$")]
    private static partial Regex ItemContentPath();

    [GeneratedRegex("^/search/query$")]
    private static partial Regex SearchPath();

    [GeneratedRegex("^/me/drive$")]
    private static partial Regex MyDrivePath();

    [GeneratedRegex("^/me/drive/recent$")]
    private static partial Regex RecentPath();

    /// <summary>One row of the fake's permission table; <see cref="DriveGroup"/> is the regex group holding the drive id (0: none).</summary>
    private sealed record PermissionRule(string Method, Regex Path, string[] Accepted, int DriveGroup);
}
