using System.Text.RegularExpressions;
using CoopAssistant.Graph.Permissions;
using CoopAssistant.TestKit;
using CoopAssistant.TestKit.Graph;

namespace CoopAssistant.Graph.Tests.Permissions;

/// <summary>The product's table of Graph calls and permissions, against the registration steps in docs/deploy.md and the fake Graph's own
/// reading of Graph's reference.</summary>
public sealed partial class GraphPermissionsTests
{
    [Fact]
    public void TheRegistration_IsTheFewestGraphPermissionsEveryCallAccepts_PlusTheOpenIdScopes()
    {
        Assert.Equal(["Files.ReadWrite.All", "User.ReadBasic.All", "TeamsAppInstallation.ReadWriteSelfForUser"], GraphPermissions.GraphPermissionsToGrant);
        Assert.All(GraphPermissions.Calls, call => Assert.Contains(call.Accepted, GraphPermissions.GraphPermissionsToGrant.Contains));
        Assert.All(GraphPermissions.Calls, call => Assert.Contains(call.LeastPermission, call.Accepted));
        Assert.Equal(["Files.ReadWrite.All", "User.ReadBasic.All", "TeamsAppInstallation.ReadWriteSelfForUser", "offline_access", "openid", "profile"], GraphPermissions.Registration);
    }

    [Fact]
    public void TheDeployGuidesRegistrationSteps_ListExactlyTheRegistrationsPermissions()
    {
        var guide = File.ReadAllText(RepoPaths.InRepo("docs", "deploy.md"));
        var line = PermissionsLine().Match(guide);
        Assert.True(line.Success, "docs/deploy.md has no '*API permissions*, Microsoft Graph, delegated:' line under 'The app registration'");

        var listed = Backticked().Matches(line.Groups[1].Value).Select(m => m.Groups[1].Value).ToList();

        Assert.Equal(GraphPermissions.Registration.Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
    }

    /// <summary>The Agents Toolkit creates the registration from aad.manifest.json: it asks for exactly the same permissions.</summary>
    [Fact]
    public void TheEntraAppManifest_RequestsExactlyTheRegistrationsPermissions()
    {
        var manifest = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(RepoPaths.InRepo("aad.manifest.json")))!;
        var graph = manifest["requiredResourceAccess"]!.AsArray().Single(r => r!["resourceAppId"]!.GetValue<string>() == "Microsoft Graph")!;
        var requested = graph["resourceAccess"]!.AsArray().Select(a => a!["id"]!.GetValue<string>());

        Assert.Equal(GraphPermissions.Registration.Order(StringComparer.Ordinal), requested.Order(StringComparer.Ordinal));
        Assert.Equal(2, manifest["api"]!["requestedAccessTokenVersion"]!.GetValue<int>());
        Assert.Equal(["api://${{BOT_DOMAIN}}/botid-${{BOT_ID}}"], manifest["identifierUris"]!.AsArray().Select(u => u!.GetValue<string>()));
        Assert.Contains("https://${{BOT_DOMAIN}}/auth/signin/end", manifest["web"]!["redirectUris"]!.AsArray().Select(u => u!.GetValue<string>()));
    }

    [Fact]
    public void TheFakeEntrasDefaultConsent_IsTheRegistration()
    {
        Assert.Equal(GraphPermissions.Registration.Order(StringComparer.Ordinal), FakeEntraServer.RegistrationPermissions.Order(StringComparer.Ordinal));
    }

    public static TheoryData<string, string, string> SamplePaths => new()
    {
        { "search files (also the recent ones: sorted by last modified)", "POST", "/search/query" },
        { "the user's OneDrive", "GET", "/me/drive" },
        { "item metadata (also as $batch steps)", "GET", "/drives/b!site-x/items/file-1" },
        { "evidence folder by path", "GET", "/drives/b!site-x/root:/CoopAssistant/Claims" },
        { "download a kept evidence file for the evidence review", "GET", "/drives/b!site-x/items/file-1/content" },
        { "create an evidence folder", "POST", "/drives/b!site-x/items/root/children" },
        { "copy a source file into the evidence folder", "POST", "/drives/b!site-x/items/file-1/copy" },
        { "upload a small file", "PUT", "/drives/b!site-x/items/folder-1:/a.pdf:/content" },
        { "start a large upload", "POST", "/drives/b!site-x/items/folder-1:/a.pdf:/createUploadSession" },
        { "move a kept chat file into its claim's folder", "PATCH", "/drives/b!site-x/items/file-1" },
        { "discard a kept chat file no claim was chosen for", "DELETE", "/drives/b!site-x/items/file-1" },
        { "the person picker: search the tenant's users (ConsistencyLevel: eventual)", "GET", "/users" },
        { "the person picker: the person picked (id) or typed (e-mail)", "GET", "/users/3f1c2b7e-0000-4000-8000-000000000001" },
        { "install the app for a colleague it cannot reach", "POST", "/users/3f1c2b7e-0000-4000-8000-000000000001/teamwork/installedApps" },
    };

    /// <summary>Each call of the product's table is one the fake Graph authorizes, with the same accepted permissions: two
    /// readings of Graph's reference that must agree. Every product call is in the sample list, so a new call needs both.</summary>
    [Theory]
    [MemberData(nameof(SamplePaths))]
    public void EachCall_IsAuthorizedByTheFakeGraph_WithTheSameAcceptedPermissions(string purpose, string method, string path)
    {
        var call = Assert.Single(GraphPermissions.Calls, c => c.Purpose == purpose);
        Assert.Equal(method, call.Method);
        var rule = Assert.Single(FakeGraphServer.PermissionTable, r => r.Method == method && Regex.IsMatch(path, r.PathPattern));

        Assert.Equal(call.Accepted.Order(StringComparer.Ordinal), rule.Accepted.Order(StringComparer.Ordinal));
        Assert.Equal(GraphPermissions.Calls.Count, SamplePaths.Count);
    }

    /// <summary>The README's permissions table (issue 23: every permission with its reason) names exactly what the registration and
    /// the Teams app manifest ask a tenant for: the Graph and sign-in rows are <see cref="GraphPermissions.Registration"/>, the
    /// resource-specific consent rows are the manifest's <c>authorization.permissions.resourceSpecific</c>.</summary>
    [Fact]
    public void TheReadmesPermissionsTable_ListsExactlyWhatTheRegistrationAndTheManifestAskFor()
    {
        var rows = File.ReadAllLines(RepoPaths.InRepo("README.md"))
            .Where(l => l.StartsWith("| `", StringComparison.Ordinal))
            .Select(l => l.Split('|', StringSplitOptions.TrimEntries))
            .Where(cells => cells.Length >= 5 && cells[3].Length > 0)
            .ToList();
        string[] Named(Func<string, bool> kind) =>
            [.. rows.Where(r => kind(r[2])).SelectMany(r => Backticked().Matches(r[1]).Select(m => m.Groups[1].Value)).Order(StringComparer.Ordinal)];

        var manifest = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(RepoPaths.InRepo("appPackage", "manifest.json")))!;
        var resourceSpecific = manifest["authorization"]!["permissions"]!["resourceSpecific"]!.AsArray().Select(p => p!["name"]!.GetValue<string>());

        Assert.Equal(GraphPermissions.Registration.Order(StringComparer.Ordinal), Named(k => k.StartsWith("Graph", StringComparison.Ordinal) || k == "sign-in"));
        Assert.Equal(resourceSpecific.Order(StringComparer.Ordinal), Named(k => k == "resource-specific consent"));
    }

    [GeneratedRegex(@"\*API permissions\*, Microsoft Graph, delegated:(.*?)\(", RegexOptions.Singleline)]
    private static partial Regex PermissionsLine();

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Backticked();
}
