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

    private FakeResponse HandleUsers(string method, string path, string? search, string? top, string consistencyLevel, string authorization)
    {
        if (Authorize(method, path, authorization) is { } refused)
        {
            return refused;
        }

        var tenant = TenantOf(authorization);
        var inTenant = users.Where(u => u.Key.Tenant == tenant).Select(u => u.Value).ToList();
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

    [GeneratedRegex("^/users$")]
    private static partial Regex UsersPath();

    [GeneratedRegex("^/users/([^/]+)$")]
    private static partial Regex UserPath();

    private sealed record FakeUser(string Id, string DisplayName, string? Mail);
}
