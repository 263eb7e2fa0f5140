namespace CoopAssistant.Graph.Permissions;

/// <summary>
/// Every Microsoft Graph call the product makes, with the least delegated permission it needs for what the product does with it
/// and the delegated permissions Graph's reference accepts for it (work or school accounts). Items found by search live in other
/// people's OneDrives and in SharePoint, and the evidence folder may be a SharePoint library, so item calls need the <c>.All</c>
/// permissions: <c>Files.Read</c>/<c>Files.ReadWrite</c> reach only the signed-in user's own files
/// (https://learn.microsoft.com/en-us/graph/permissions-reference#filesread).
/// The app registration requests <see cref="Registration"/>: the smallest set of these that every call accepts, plus the
/// OpenID Connect scopes the sign-in fallback and the refresh token need. The README's registration steps list exactly that set
/// (a test compares them), and the fake Graph refuses a token whose <c>scp</c> a call does not accept.
/// </summary>
public static class GraphPermissions
{
    public const string FilesRead = "Files.Read";
    public const string FilesReadWrite = "Files.ReadWrite";
    public const string FilesReadAll = "Files.Read.All";
    public const string FilesReadWriteAll = "Files.ReadWrite.All";
    public const string SitesReadAll = "Sites.Read.All";
    public const string SitesReadWriteAll = "Sites.ReadWrite.All";
    public const string UserReadBasicAll = "User.ReadBasic.All";
    public const string TeamsAppInstallSelf = "TeamsAppInstallation.ReadWriteSelfForUser";

    private static readonly string[] ReadUsers = [UserReadBasicAll, "User.Read.All", "User.ReadWrite.All", "Directory.Read.All", "Directory.ReadWrite.All"];

    /// <summary>The calls, in the order a claim's evidence meets them.</summary>
    public static IReadOnlyList<GraphCall> Calls { get; } =
    [
        new("search files (also the recent ones: sorted by last modified)", "POST", "/search/query (entityTypes: driveItem)", FilesReadAll,
            [FilesReadAll, FilesReadWriteAll, SitesReadAll, SitesReadWriteAll],
            "https://learn.microsoft.com/en-us/graph/api/resources/search-api-overview#scope-search-based-on-entity-types"),
        new("the user's OneDrive", "GET", "/me/drive", FilesRead,
            [FilesRead, FilesReadAll, FilesReadWrite, FilesReadWriteAll, SitesReadAll, SitesReadWriteAll, "User.Read"],
            "https://learn.microsoft.com/en-us/graph/api/drive-get#permissions"),
        new("item metadata (also as $batch steps)", "GET", "/drives/{drive}/items/{item}", FilesReadAll,
            [FilesRead, FilesReadWrite, FilesReadAll, FilesReadWriteAll, "Group.Read.All", "Group.ReadWrite.All", SitesReadAll, SitesReadWriteAll],
            "https://learn.microsoft.com/en-us/graph/api/driveitem-get#permissions"),
        new("evidence folder by path", "GET", "/drives/{drive}/root:/{path}", FilesReadAll,
            [FilesRead, FilesReadWrite, FilesReadAll, FilesReadWriteAll, "Group.Read.All", "Group.ReadWrite.All", SitesReadAll, SitesReadWriteAll],
            "https://learn.microsoft.com/en-us/graph/api/driveitem-get#permissions"),
        new("download a kept evidence file for the evidence review", "GET", "/drives/{drive}/items/{item}/content", FilesReadAll,
            [FilesRead, FilesReadWrite, FilesReadAll, FilesReadWriteAll, SitesReadAll, SitesReadWriteAll],
            "https://learn.microsoft.com/en-us/graph/api/driveitem-get-content#permissions"),
        new("create an evidence folder", "POST", "/drives/{drive}/items/{parent}/children", FilesReadWriteAll,
            [FilesReadWrite, FilesReadWriteAll, SitesReadWriteAll],
            "https://learn.microsoft.com/en-us/graph/api/driveitem-post-children#permissions"),
        new("copy a source file into the evidence folder", "POST", "/drives/{drive}/items/{item}/copy", FilesReadWriteAll,
            [FilesReadWrite, FilesReadWriteAll, SitesReadWriteAll],
            "https://learn.microsoft.com/en-us/graph/api/driveitem-copy#permissions"),
        new("upload a small file", "PUT", "/drives/{drive}/items/{parent}:/{name}:/content", FilesReadWriteAll,
            [FilesReadWrite, FilesReadWriteAll, SitesReadWriteAll],
            "https://learn.microsoft.com/en-us/graph/api/driveitem-put-content#permissions"),
        new("start a large upload", "POST", "/drives/{drive}/items/{parent}:/{name}:/createUploadSession", FilesReadWriteAll,
            [FilesReadWrite, FilesReadWriteAll, SitesReadWriteAll],
            "https://learn.microsoft.com/en-us/graph/api/driveitem-createuploadsession#permissions"),
        new("move a kept chat file into its claim's folder", "PATCH", "/drives/{drive}/items/{item} (parentReference)", FilesReadWriteAll,
            [FilesReadWrite, FilesReadWriteAll, SitesReadWriteAll],
            "https://learn.microsoft.com/en-us/graph/api/driveitem-move#permissions"),
        new("discard a kept chat file no claim was chosen for", "DELETE", "/drives/{drive}/items/{item}", FilesReadWriteAll,
            [FilesReadWrite, FilesReadWriteAll, SitesReadWriteAll],
            "https://learn.microsoft.com/en-us/graph/api/driveitem-delete#permissions"),
        new("the person picker: search the tenant's users (ConsistencyLevel: eventual)", "GET", "/users?$search=\"displayName:…\" OR \"mail:…\"", UserReadBasicAll,
            ReadUsers, "https://learn.microsoft.com/en-us/graph/api/user-list#permissions"),
        new("the person picker: the person picked (id) or typed (e-mail)", "GET", "/users/{id | userPrincipalName}", UserReadBasicAll,
            ReadUsers, "https://learn.microsoft.com/en-us/graph/api/user-get#permissions"),
        new("install the app for a colleague it cannot reach", "POST", "/users/{id}/teamwork/installedApps", TeamsAppInstallSelf,
            [TeamsAppInstallSelf, "TeamsAppInstallation.ManageSelectedForUser", "TeamsAppInstallation.ReadWriteAndConsentForUser",
                "TeamsAppInstallation.ReadWriteAndConsentSelfForUser", "TeamsAppInstallation.ReadWriteForUser", "TeamsAppInstallation.ReadWriteSelectedForUser"],
            "https://learn.microsoft.com/en-us/graph/api/userteamwork-post-installedapps#permissions"),
    ];

    /// <summary>Scopes that are not Graph permissions of a call: a refresh token for the long-running on-behalf-of session, and the
    /// OpenID Connect sign-in of the consent fallback (https://learn.microsoft.com/en-us/entra/identity-platform/scopes-oidc#openid-connect-scopes).</summary>
    public static IReadOnlyList<string> OpenIdScopes { get; } = ["offline_access", "openid", "profile"];

    /// <summary>The fewest permissions such that every call accepts one of them (what the registration grants, besides <see cref="OpenIdScopes"/>).</summary>
    public static IReadOnlyList<string> GraphPermissionsToGrant { get; } = Cover(Calls);

    /// <summary>What the app registration requests from Microsoft Graph, delegated: <see cref="GraphPermissionsToGrant"/> and <see cref="OpenIdScopes"/>.</summary>
    public static IReadOnlyList<string> Registration { get; } = [.. GraphPermissionsToGrant, .. OpenIdScopes];

    /// <summary>Starts from each call's least permission and drops any that another member already covers for every call needing it.</summary>
    internal static IReadOnlyList<string> Cover(IReadOnlyList<GraphCall> calls)
    {
        var chosen = calls.Select(c => c.LeastPermission).Distinct(StringComparer.Ordinal).ToList();
        foreach (var candidate in chosen.OrderBy(Privilege).ToList())
        {
            var others = chosen.Where(p => p != candidate).ToList();
            if (others.Count > 0 && calls.All(c => c.Accepted.Any(others.Contains)))
            {
                chosen = others;
            }
        }

        return chosen;
    }

    /// <summary>Least privileged first, so the broader permission that covers them stays.</summary>
    private static int Privilege(string permission) => (permission.Contains("ReadWrite", StringComparison.Ordinal) ? 2 : 0) + (permission.EndsWith(".All", StringComparison.Ordinal) ? 1 : 0);
}

/// <summary>One Graph call: what it is for, its method and path, the least delegated permission it needs as the product uses it, the
/// delegated permissions Graph accepts for it, and where Graph documents them.</summary>
public sealed record GraphCall(string Purpose, string Method, string Path, string LeastPermission, IReadOnlyList<string> Accepted, string DocumentationUrl);
