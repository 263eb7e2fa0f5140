using System.Net;
using CoopAssistant.Bot.BrowserApi;
using CoopAssistant.Bot.Tests.Hosting;
using CoopAssistant.TestKit.App.Hosting;

namespace CoopAssistant.Bot.Tests.Hostile;

/// <summary>
/// <c>Bot:AllowedTenants</c> (issue 19, item 3): with a list that does not name the caller's tenant, the chat (by the activity's
/// tenant) and the browser APIs (by the token's tenant) refuse with 403 and nothing is sent.
/// </summary>
public sealed class AllowedTenantsTests : ChannelAndHostWith
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Bot:AllowedTenants:0"] = "99999999-9999-9999-9999-999999999999",
    };

    [Fact]
    public async Task AnotherTenantsActivity_IsRefusedWith403_AndNothingIsSent()
    {
        using var response = await Host.PostActivityAsync(Activities.Message(Channel.ServiceUrl, "help"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("tenant", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await Task.Delay(100);
        Assert.Empty(Channel.Received);
    }

    [Theory]
    [InlineData("/api/tab/claims")]
    [InlineData("/api/addin/claims")]
    public async Task AnotherTenantsBrowserApiCall_IsRefusedWith403(string path)
    {
        using var client = Host.CreateClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}

/// <summary>The listed tenant is let in everywhere.</summary>
public sealed class ListedTenantTests : ChannelAndHostWith
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Bot:AllowedTenants:0"] = "99999999-9999-9999-9999-999999999999",
        ["Bot:AllowedTenants:1"] = BotHostFactory.TenantId,
    };

    [Fact]
    public async Task AListedTenant_IsAnsweredOnEverySurface()
    {
        using var client = Host.CreateClient();
        using var chat = await Host.PostActivityAsync(Activities.Message(Channel.ServiceUrl, "help"));
        using var tab = await client.GetAsync("/api/tab/claims");

        Assert.Equal(HttpStatusCode.OK, chat.StatusCode);
        Assert.Equal(HttpStatusCode.OK, tab.StatusCode);
    }
}

/// <summary>Response headers on the add-in's and the tab's pages and APIs (issue 19, item 9).</summary>
public sealed class SecurityHeadersTests(LocalHostFixture fixture) : IClassFixture<LocalHostFixture>
{
    [Theory]
    [InlineData("/addin/taskpane.html")]
    [InlineData("/tab/")]
    [InlineData("/tab/config.json")]
    [InlineData("/api/tab/claims")]
    [InlineData("/api/addin/claims")]
    [InlineData("/api/addin/claims/not-a-guid")]
    public async Task EveryPageAndApi_CarriesTheSecurityHeaders(string path)
    {
        using var client = fixture.Host.CreateClient();

        using var response = await client.GetAsync(path);

        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'self' https://*.cloud.microsoft https://teams.microsoft.com https://*.teams.microsoft.com", csp, StringComparison.Ordinal);
        Assert.Contains("https://outlook.office.com", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("*;", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal(SecurityHeaders.ReferrerPolicy, Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.False(response.Headers.Contains("Strict-Transport-Security"), "local mode over http sends no HSTS");
    }

    [Fact]
    public async Task TheTaskPane_LoadsOfficeJsFromMicrosoftsCdn()
    {
        using var client = fixture.Host.CreateClient();

        var html = await client.GetStringAsync("/addin/taskpane.html");

        Assert.Contains("<script src=\"https://appsforoffice.microsoft.com/lib/1/hosted/office.js\"></script>", html, StringComparison.Ordinal);
    }
}

/// <summary>Rate limits of the browser APIs (issue 19, item 3): ASP.NET Core's limiter per user; the refusal is 429 with
/// Retry-After and a ProblemDetails that says so, and another path of the same APIs is limited by the same window.</summary>
public sealed class ApiRateLimitTests : ChannelAndHostWith
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["RateLimits:ApiRequestsPerUserPerMinute"] = "3",
    };

    [Fact]
    public async Task TheFourthCallInAMinute_Is429_WithRetryAfterAndAProblemDetails()
    {
        using var client = Host.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            using var allowed = await client.GetAsync(i % 2 == 0 ? "/api/tab/claims" : "/api/addin/claims");
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var refused = await client.GetAsync("/api/tab/claims");

        Assert.Equal((HttpStatusCode)429, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After");
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Too many requests", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
