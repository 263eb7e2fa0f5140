using System.Net;
using System.Net.Http.Headers;
using CoopAssistant.Graph.People;
using Microsoft.Graph.Models.ODataErrors;

namespace CoopAssistant.Graph.Tests.People;

/// <summary>The person picker's Graph directory against the fake Graph, which answers per tenant, needs <c>ConsistencyLevel: eventual</c>
/// for <c>$search</c> and a token holding a permission that may read users.</summary>
public sealed class PeopleSearchTests
{
    private const string OtherTenant = "99999999-9999-9999-9999-999999999999";

    [Fact]
    public async Task Search_FindsByNameOrMail_OnlyUsersOfTheSignedInUsersTenant()
    {
        await using var h = await GraphHarness.StartAsync();
        await h.SignInAsync();
        h.Graph.AddUser(GraphHarness.Tenant, "oid-bruno", "Bruno Lima", "bruno.lima@contoso.com");
        h.Graph.AddUser(GraphHarness.Tenant, "oid-carla", "Carla Souza", "csouza@contoso.com");
        h.Graph.AddUser(OtherTenant, "oid-bruna", "Bruna Fabrikam", "bruna@fabrikam.com");
        var people = h.Get<IGraphPeopleSearch>();

        var byName = await people.SearchAsync(h.User, "bru", 10, CancellationToken.None);
        var byMail = await people.SearchAsync(h.User, "csouza", 10, CancellationToken.None);

        Assert.Equal([new DirectoryPerson("oid-bruno", "Bruno Lima", "bruno.lima@contoso.com")], byName);
        Assert.Equal(["oid-carla"], byMail.Select(p => p.ObjectId));
        var call = h.Graph.Requests.First(r => r.Kind == "users");
        Assert.Contains("$search=\"displayName:bru\" OR \"mail:bru\"", call.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Find_ReadsAUserOfTheTenantByIdOrMail_AndNeverAnotherTenants()
    {
        await using var h = await GraphHarness.StartAsync();
        await h.SignInAsync();
        h.Graph.AddUser(GraphHarness.Tenant, "oid-bruno", "Bruno Lima", "bruno.lima@contoso.com");
        h.Graph.AddUser(OtherTenant, "oid-bruna", "Bruna Fabrikam", "bruna@fabrikam.com");
        var people = h.Get<IGraphPeopleSearch>();

        Assert.Equal("Bruno Lima", (await people.FindAsync(h.User, "oid-bruno", CancellationToken.None))?.DisplayName);
        Assert.Equal("oid-bruno", (await people.FindAsync(h.User, "bruno.lima@contoso.com", CancellationToken.None))?.ObjectId);
        Assert.Null(await people.FindAsync(h.User, "oid-bruna", CancellationToken.None));
        Assert.Null(await people.FindAsync(h.User, "bruna@fabrikam.com", CancellationToken.None));
        Assert.Null(await people.FindAsync(h.User, "../me/drive", CancellationToken.None));
    }

    [Fact]
    public async Task WithoutAPermissionThatReadsUsers_GraphRefusesTheSearch()
    {
        await using var h = await GraphHarness.StartAsync();
        h.Entra.AdminConsent.Remove("User.ReadBasic.All");
        await h.SignInAsync();
        h.Graph.AddUser(GraphHarness.Tenant, "oid-bruno", "Bruno Lima", "bruno.lima@contoso.com");

        var refused = await Assert.ThrowsAsync<ODataError>(() => h.Get<IGraphPeopleSearch>().SearchAsync(h.User, "bru", 10, CancellationToken.None));

        Assert.Equal(403, refused.ResponseStatusCode);
    }

    [Fact]
    public async Task TheFakeGraph_RefusesSearchWithoutConsistencyLevelEventual()
    {
        await using var h = await GraphHarness.StartAsync();
        await h.SignInAsync();
        h.Graph.AddUser(GraphHarness.Tenant, "oid-bruno", "Bruno Lima", "bruno.lima@contoso.com");
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, h.Graph.BaseUrl.AbsoluteUri + "/users?$search=%22displayName:bru%22");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", h.Entra.IssuedAccessTokens[^1]);

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("ConsistencyLevel", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
