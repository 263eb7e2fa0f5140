using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.IdentityModel.JsonWebTokens;

namespace CoopAssistant.TestKit.Graph;

/// <summary>
/// Graph's user directory as the person picker uses it, per tenant: a token of one tenant never lists or reads another tenant's
/// users (the tenant is the token's <c>tid</c>).
/// </summary>
public sealed partial class FakeGraphServer
{
    private readonly ConcurrentDictionary<(string Tenant, string Id), FakeUser> users = new();

    /// <summary>Adds a user to <paramref name="tenantId"/>'s directory.</summary>
    public void AddUser(string tenantId, string objectId, string displayName, string? mail) =>
        users[(tenantId, objectId)] = new FakeUser(objectId, displayName, mail);

    private readonly ConcurrentDictionary<(string Tenant, string UserId), string> installedApps = new();

    /// <summary>Teams app catalog ids the tenant's catalog holds (installing another id is 404).</summary>
    public ISet<string> AppCatalog { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>The tenant's app setup policy blocks installing apps for users: every install is 403.</summary>
    public bool AppInstallsBlocked { get; set; }

    /// <summary>Called with (tenant, user object id) when an install succeeds (a test makes the fake channel reach that user).</summary>
    public Action<string, string>? AppInstalled { get; set; }

    /// <summary>Whether the app with <paramref name="teamsAppId"/> is installed for the user.</summary>
    public bool IsInstalledFor(string tenantId, string userId, string teamsAppId) =>
        installedApps.TryGetValue((tenantId, userId), out var app) && string.Equals(app, teamsAppId, StringComparison.OrdinalIgnoreCase);

    private FakeResponse HandleUsers(string method, string path, string? search, string? top, string consistencyLevel, string authorization, byte[] body)
    {
        if (Authorize(method, path, authorization) is { } refused)
        {
            return refused;
        }

        var tenant = TenantOf(authorization);
        var inTenant = users.Where(u => u.Key.Tenant == tenant).Select(u => u.Value).ToList();
        if (InstalledAppsPath().Match(path) is { Success: true } install && method == "POST")
        {
            return InstallApp(tenant ?? "", inTenant, Uri.UnescapeDataString(install.Groups[1].Value), body);
        }

        if (method != "GET")
        {
            return FakeResponse.Error(405, "Request_BadRequest", $"The fake does not know {method} {path}.");
        }
        if (path == "/users")
        {
            var found = inTenant.AsEnumerable();
            if (search is not null)
            {
                // https://learn.microsoft.com/en-us/graph/search-query-parameter#using-search-on-directory-object-collections:
                // $search on directory objects needs the ConsistencyLevel: eventual header, else 400 Request_UnsupportedQuery.
                if (!string.Equals(consistencyLevel, "eventual", StringComparison.OrdinalIgnoreCase))
                {
                    return FakeResponse.Error(400, "Request_UnsupportedQuery", "Request with $search query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'");
                }

                // Same page: each clause is "property:text" in double quotes; clauses join with OR (or AND). A clause matches
                // when the property has a word starting with the text (tokenized search).
                var clauses = SearchClause().Matches(search).Select(m => (Property: m.Groups[1].Value, Text: m.Groups[2].Value)).ToList();
                if (clauses.Count == 0 || clauses.Any(c => c.Property is not ("displayName" or "mail" or "userPrincipalName" or "givenName" or "surname")))
                {
                    return FakeResponse.Error(400, "Request_UnsupportedQuery", "Invalid $search: each clause is \"property:value\" on a supported property.");
                }

                found = found.Where(u => clauses.Any(c => Matches(c.Property == "displayName" ? u.DisplayName : u.Mail, c.Text)));
            }

            var count = int.TryParse(top, out var n) && n > 0 ? Math.Min(n, 999) : 100;
            return new FakeResponse(200, new JsonObject { ["value"] = new JsonArray([.. found.Take(count).Select(u => (JsonNode)UserJson(u))]) });
        }

        // https://learn.microsoft.com/en-us/graph/api/user-get: by id or userPrincipalName; 404 Request_ResourceNotFound otherwise.
        var key = Uri.UnescapeDataString(path["/users/".Length..]);
        var user = inTenant.FirstOrDefault(u => u.Id.Equals(key, StringComparison.OrdinalIgnoreCase) || (u.Mail?.Equals(key, StringComparison.OrdinalIgnoreCase) ?? false));
        return user is null
            ? FakeResponse.Error(404, "Request_ResourceNotFound", $"Resource '{key}' does not exist or one of its queried reference-property objects are not present.")
            : new FakeResponse(200, UserJson(user));
    }

    /// <summary>
    /// https://learn.microsoft.com/en-us/graph/api/userteamwork-post-installedapps: the body is
    /// <c>{"teamsApp@odata.bind": "https://graph.microsoft.com/v1.0/appCatalogs/teamsApps/{id}"}</c> (400 otherwise); 201 Created when
    /// installed; 409 Conflict when the app is already installed for the user; 403 when the tenant's policy blocks it; 404 for a
    /// user of no tenant the token reaches or an app not in the catalog.
    /// </summary>
    private FakeResponse InstallApp(string tenant, List<FakeUser> inTenant, string userKey, byte[] body)
    {
        string? bind = null;
        try
        {
            bind = JsonNode.Parse(body) is JsonObject o && o["teamsApp@odata.bind"] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
        }
        catch (System.Text.Json.JsonException)
        {
        }

        const string Prefix = "https://graph.microsoft.com/v1.0/appCatalogs/teamsApps/";
        if (bind is null || !bind.StartsWith(Prefix, StringComparison.Ordinal) || bind.Length == Prefix.Length)
        {
            return FakeResponse.Error(400, "BadRequest", "The body needs teamsApp@odata.bind = https://graph.microsoft.com/v1.0/appCatalogs/teamsApps/{id}.");
        }

        var appId = Uri.UnescapeDataString(bind[Prefix.Length..]);
        var user = inTenant.FirstOrDefault(u => u.Id.Equals(userKey, StringComparison.OrdinalIgnoreCase));
        if (user is null || !AppCatalog.Contains(appId))
        {
            return FakeResponse.Error(404, "NotFound", "No such user or app.");
        }

        if (AppInstallsBlocked)
        {
            return FakeResponse.Error(403, "Forbidden", "The app setup policy does not allow installing this app for the user.");
        }

        if (!installedApps.TryAdd((tenant, user.Id), appId))
        {
            return FakeResponse.Error(409, "Conflict", "The app is already installed for the user.");
        }

        AppInstalled?.Invoke(tenant, user.Id);
        return new FakeResponse(201, null);
    }

    private static bool Matches(string? value, string text) =>
        value is not null && text.Length > 0 && value.Split([' ', '.', '@', '-', '_'], StringSplitOptions.RemoveEmptyEntries)
            .Any(w => w.StartsWith(text, StringComparison.OrdinalIgnoreCase)) || (value?.StartsWith(text, StringComparison.OrdinalIgnoreCase) ?? false);

    private static JsonObject UserJson(FakeUser user) => new()
    {
        ["id"] = user.Id,
        ["displayName"] = user.DisplayName,
        ["mail"] = user.Mail,
        ["userPrincipalName"] = user.Mail ?? user.Id,
    };

    /// <summary>The <c>tid</c> of the bearer token (read, not validated), or null.</summary>
    private static string? TenantOf(string authorization)
    {
        var raw = authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? authorization[7..].Trim() : "";
        var handler = new JsonWebTokenHandler();
        return handler.CanReadToken(raw) && handler.ReadJsonWebToken(raw).TryGetPayloadValue<string>("tid", out var tid) ? tid : null;
    }

    [GeneratedRegex("\"([A-Za-z]+):([^\"]*)\"")]
    private static partial Regex SearchClause();

    [GeneratedRegex("^/users/([^/]+)/teamwork/installedApps$")]
    private static partial Regex InstalledAppsPath();

    [GeneratedRegex("^/users$")]
    private static partial Regex UsersPath();

    [GeneratedRegex("^/users/([^/]+)$")]
    private static partial Regex UserPath();

    private sealed record FakeUser(string Id, string DisplayName, string? Mail);
}
