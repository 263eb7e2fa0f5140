using System.Net;
using System.Net.Http.Headers;
using CoopAssistant.Graph.Apps;

namespace CoopAssistant.Graph.Tests.Apps;

/// <summary>Installing the app for a colleague through Graph against the fake Graph: 201, 409 already installed, 403 the tenant blocks it.</summary>
public sealed class AppInstallTests
{
    private const string AppId = "e1b2c3d4-0000-4000-8000-00000000a99";

    [Fact]
    public async Task Install_InstallsOnce_ThenAnswersAlreadyInstalled()
    {
        await using var h = await GraphHarness.StartAsync();
        await h.SignInAsync();
        h.Graph.AddUser(GraphHarness.Tenant, "oid-bruno", "Bruno Lima", "bruno.lima@contoso.com");
        h.Graph.AppCatalog.Add(AppId);
        var installer = h.Get<IGraphAppInstaller>();

        Assert.Equal(AppInstalled.Now, (await installer.InstallForUserAsync(h.User, "oid-bruno", AppId, CancellationToken.None)).Value);
        Assert.True(h.Graph.IsInstalledFor(GraphHarness.Tenant, "oid-bruno", AppId));
        Assert.Equal(AppInstalled.Already, (await installer.InstallForUserAsync(h.User, "oid-bruno", AppId, CancellationToken.None)).Value);
    }

    [Fact]
    public async Task Install_IsRefused_WhenTheTenantBlocksIt_OrTheUserIsOfAnotherTenant()
    {
        await using var h = await GraphHarness.StartAsync();
        await h.SignInAsync();
        h.Graph.AddUser(GraphHarness.Tenant, "oid-bruno", "Bruno Lima", "bruno.lima@contoso.com");
        h.Graph.AddUser("99999999-9999-9999-9999-999999999999", "oid-bruna", "Bruna Fabrikam", "bruna@fabrikam.com");
        h.Graph.AppCatalog.Add(AppId);
        var installer = h.Get<IGraphAppInstaller>();

        Assert.False((await installer.InstallForUserAsync(h.User, "oid-bruna", AppId, CancellationToken.None)).IsOk);
        h.Graph.AppInstallsBlocked = true;
        Assert.False((await installer.InstallForUserAsync(h.User, "oid-bruno", AppId, CancellationToken.None)).IsOk);
        Assert.False(h.Graph.IsInstalledFor(GraphHarness.Tenant, "oid-bruno", AppId));
    }

    [Fact]
    public async Task TheFakeGraph_RefusesAnInstallWithoutTheCatalogBinding()
    {
        await using var h = await GraphHarness.StartAsync();
        await h.SignInAsync();
        h.Graph.AddUser(GraphHarness.Tenant, "oid-bruno", "Bruno Lima", "bruno.lima@contoso.com");
        h.Graph.AppCatalog.Add(AppId);
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, h.Graph.BaseUrl.AbsoluteUri + "/users/oid-bruno/teamwork/installedApps")
        {
            Content = new StringContent("{\"teamsAppId\":\"" + AppId + "\"}", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", h.Entra.IssuedAccessTokens[^1]);

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(h.Graph.IsInstalledFor(GraphHarness.Tenant, "oid-bruno", AppId));
    }
}
