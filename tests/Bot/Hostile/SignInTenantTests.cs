using System.Globalization;
using System.Net;
using CoopAssistant.Bot.Conversation.Evidence.SignIn;
using CoopAssistant.Bot.Tests.Hosting;
using CoopAssistant.Graph.Evidence;
using CoopAssistant.TestKit.App.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CoopAssistant.Bot.Tests.Hostile;

/// <summary>
/// <c>Bot:AllowedTenants</c> on the Graph sign-in fallback's pages (issue 19, item 3): a state (protected by the host, so not
/// forged) naming a tenant that is not listed gets 403 and a sentence on <c>/auth/signin/start</c> (never redirected to Entra)
/// and on <c>/auth/signin/end</c> (no code redeemed); a listed tenant's state goes on to Entra.
/// </summary>
public sealed class SignInTenantTests : ChannelAndHostWith
{
    private const string OtherTenant = "88888888-8888-8888-8888-888888888888";

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Bot:AllowedTenants:0"] = BotHostFactory.TenantId,
    };

    [Theory]
    [InlineData("en-US", "Your organization is not allowed")]
    [InlineData("pt-BR", "Sua organização não tem permissão")]
    public async Task TheStartPage_RefusesATenantNotAllowed_With403_AndDoesNotGoToEntra(string locale, string sentence)
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = Host.ClientOptions.BaseAddress };

        using var response = await client.GetAsync(PathAndQuery(SignInUrl(OtherTenant, locale)));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Contains(sentence, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheEndPage_RefusesATenantNotAllowed_With403_BeforeRedeemingTheCode()
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = Host.ClientOptions.BaseAddress };
        var state = Uri.UnescapeDataString(SignInUrl(OtherTenant, "en-US").Query.Split('=', 2)[1]);

        using var response = await client.GetAsync("/auth/signin/end?code=some-code&state=" + Uri.EscapeDataString(state));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("TenantNotAllowed", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheStartPage_SendsAnAllowedTenant_OnToEntra()
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = Host.ClientOptions.BaseAddress };

        using var response = await client.GetAsync(PathAndQuery(SignInUrl(BotHostFactory.TenantId, "en-US")));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/oauth2/v2.0/authorize", response.Headers.Location?.AbsoluteUri, StringComparison.Ordinal);
    }

    private Uri SignInUrl(string tenant, string locale) =>
        Host.Services.GetRequiredService<SignInLinks>().SignInUrl(new GraphUserKey(tenant, "user-object-id"), CultureInfo.GetCultureInfo(locale));

    private static string PathAndQuery(Uri url) => url.PathAndQuery;
}
