using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CoopAssistant.Bot.Tests.Conversation.Claims;
using CoopAssistant.Bot.Tests.Hosting;
using CoopAssistant.TestKit.App.Hosting;
using CoopAssistant.Claims.Access;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Services;
using CoopAssistant.Claims.Validation;
using CoopAssistant.Scheduling.Jobs;
using CoopAssistant.TestKit.Channel;
using CoopAssistant.TestKit.Tokens;
using Microsoft.Extensions.DependencyInjection;

namespace CoopAssistant.Bot.Tests.Rules;

/// <summary>Issue #20 (Rules 1): one "today" on every surface. At 22:30 in São Paulo (01:30 UTC the next day) the chat, the tab
/// API, the weekly digest and the add-in API all count from São Paulo's date, the user's Teams zone, on the real host.</summary>
public sealed class OneTodayAcrossSurfacesTests : IAsyncLifetime
{
    private const string ApiClientId = "99999999-8888-7777-6666-555555555555";
    private const string ApplicationIdUri = "api://coopassistant.contoso.com/botid-" + ApiClientId;

    // Tuesday 4 Aug 2026, 22:30 in São Paulo (UTC−3) = Wednesday 5 Aug, 01:30 UTC. The deadline is Friday 14 Aug:
    // 10 days left in São Paulo, 9 by the UTC date.
    private static readonly DateTimeOffset Evening = new(2026, 8, 4, 22, 30, 0, TimeSpan.FromHours(-3));
    private static readonly DateOnly SaoPauloToday = new(2026, 8, 4);
    private static readonly ClaimsCaller Owner = new(BotHostFactory.TenantId, BotHostFactory.UserObjectId, "Alex Wilber", true);

    private LocalTokenIssuer _issuer = null!;
    private FakeTeamsChannel _channel = null!;
    private BotHostFactory _host = null!;

    public async Task InitializeAsync()
    {
        _issuer = await LocalTokenIssuer.StartAsync();
        _channel = await FakeTeamsChannel.StartAsync();
        _host = new BotHostFactory(_channel, _issuer, new Dictionary<string, string?>
        {
            ["AzureAd:Instance"] = _issuer.BaseAddress.ToString(),
            ["AzureAd:TenantId"] = "organizations",
            ["AzureAd:ClientId"] = ApiClientId,
            ["AzureAd:ApplicationIdUri"] = ApplicationIdUri,
            ["Claims:Administrators:0:TenantId"] = BotHostFactory.TenantId,
            ["Claims:Administrators:0:ObjectId"] = BotHostFactory.UserObjectId,
            ["Tab:OrganizationCacheSeconds"] = "0",
        }, services => services.AddSingleton<TimeProvider>(new StartedAt(Evening)));
        _host.StartServer();
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _channel.DisposeAsync();
        await _issuer.DisposeAsync();
    }

    [Fact]
    public async Task At2230InSaoPaulo_ChatTabDigestAndAddIn_CountFromTheSameToday()
    {
        var claims = _host.Services.GetRequiredService<IClaimService>();
        var draft = new ClaimDraft(ClaimProgram.PartnerCoop, ActivityType.Seminar, "Evening seminar", new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30),
            new DateOnly(2026, 3, 10), 1000m, "USD", VendorsUsed: true, InHouseWork: false);
        var claim = (await claims.CreateAsync(Owner, draft, default)).Value!;
        Assert.Equal(new DateOnly(2026, 8, 14), claim.Deadline);

        // Chat: the user's turn carries localTimezone America/Sao_Paulo (and stores it with the conversation reference).
        var chat = new ClaimConversation(_host, _channel, "a:one-today");
        var list = ClaimConversation.Json(await chat.SendTextAsync("my claims"));
        Assert.Contains("10 days left", list, StringComparison.Ordinal);
        Assert.Contains("Due within 14 days", list, StringComparison.Ordinal); // the urgency the tab shows as "soon"
        Assert.Contains("Draft (Partner Center: Editing) · ", list, StringComparison.Ordinal); // each status with its Partner Center name

        // Tab API.
        using var client = _host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", UserToken());
        var detail = JsonNode.Parse(await client.GetStringAsync($"/api/tab/claims/{claim.Id}"))!;
        Assert.Equal(10, detail["daysLeft"]!.GetValue<int>());
        Assert.Equal("Soon", detail["urgency"]!.GetValue<string>(), ignoreCase: true);
        var timeline = JsonNode.Parse(await client.GetStringAsync("/api/tab/claims"))!;
        Assert.Equal("2026-08-04", timeline["today"]!.GetValue<string>());

        // Add-in API: a documentation request recorded without a date (on a second, submitted claim) is dated São Paulo's today,
        // not the UTC date.
        var asked = (await claims.CreateAsync(Owner, draft with { Title = "Evening webinar" }, default)).Value!;
        asked = await SubmitAsync(claims, asked);
        using var response = await client.PostAsJsonAsync($"/api/addin/claims/{asked.Id}/documentation-requests", new { whatWasAsked = "The signed invoice" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var recorded = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(SaoPauloToday.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), recorded["request"]!["requestedOn"]!.GetValue<string>());

        // Weekly digest, as the administrator's copy reaches the chat: the claim's days left from the same today, and the request's
        // respond-by date, which nobody entered, said to be assumed (issue 20).
        var before = _channel.Received.Count;
        Assert.True(await _host.Services.GetRequiredService<WeeklyDigestJob>().SendAllAsync(default) > 0);
        var digest = ClaimConversation.Json((await _channel.WaitForAsync(r => r.Skip(before).Any(a => a.Cards.Any()))).Skip(before).First(a => a.Cards.Any()).Cards.First());
        Assert.Contains("10 days left", digest, StringComparison.Ordinal);
        Assert.Contains("(assumed: 30 days)", digest, StringComparison.Ordinal);
    }

    private static async Task<ClaimView> SubmitAsync(IClaimService claims, ClaimView claim)
    {
        foreach (var kind in new[] { EvidenceKind.CoreRequirementDocumentation, EvidenceKind.VendorInvoice, EvidenceKind.ProofOfExecution })
        {
            claim = (await claims.AddEvidenceAsync(Owner, claim.Id, claim.Version, new NewEvidence(kind, EvidenceSource.Local, $"{kind}.pdf", 10, "application/pdf"), default)).Value!;
        }

        // "Ready" waits for the evidence review of the last change (it runs in the background).
        claim = await Conversation.Review.ReviewedClaims.WaitAsync(claims, Owner, claim.Id);
        claim = (await claims.ChangeStatusAsync(Owner, claim.Id, claim.Version, ClaimStatus.Ready, null, default)).Value!;
        return (await claims.RecordSubmittedInPartnerCenterAsync(Owner, claim.Id, claim.Version, default)).Value!;
    }

    private string UserToken() => _issuer.CreateToken(new EntraUserToken
    {
        TenantId = BotHostFactory.TenantId,
        ObjectId = BotHostFactory.UserObjectId,
        ApiClientId = ApiClientId,
        ApplicationIdUri = ApplicationIdUri,
        Version = EntraTokenVersion.V2,
        Scope = "access_as_user",
    }.ToRequest());

    /// <summary>The wall clock started at <paramref name="start"/>: time moves on as it does, timers are the system's.</summary>
    private sealed class StartedAt(DateTimeOffset start) : TimeProvider
    {
        private readonly long _started = Stopwatch.GetTimestamp();

        public override DateTimeOffset GetUtcNow() => start.ToUniversalTime() + Stopwatch.GetElapsedTime(_started);
    }
}
