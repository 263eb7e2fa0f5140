using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using CoopAssistant.Bot.Tests.Hosting;
using CoopAssistant.Claims.Access;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Services;
using CoopAssistant.Claims.Validation;
using CoopAssistant.TestKit;
using Microsoft.Extensions.DependencyInjection;
using CoopAssistant.TestKit.App.Hosting;

namespace CoopAssistant.Bot.Tests.Conversation;

/// <summary>Questions about one's own claims are answered from the data, and only that person's data.</summary>
public sealed class ClaimQuestionsTests(LocalHostFixture fixture) : IClassFixture<LocalHostFixture>
{
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public async Task ExpiringThisMonth_ListsOnlyTheCallersClaims()
    {
        await SeedAsync();

        var card = await AskAsync("which claims expire this month?");

        var json = card.ToJsonString(Relaxed);
        Assert.Contains("Mine due today", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Colleague's claim", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Other tenant's claim", json, StringComparison.Ordinal);
        await CardAssert.ValidAsync("claims expiring this month", card);
    }

    [Fact]
    public async Task WhatIsMissing_OnANamedClaim_ListsTheMissingEvidence_InPortuguese()
    {
        await SeedAsync();

        var card = await AskAsync("o que falta na reivindicação \"Mine due today\"?", "pt-BR");

        var json = card.ToJsonString(Relaxed);
        Assert.Contains("Ainda falta", json, StringComparison.Ordinal);
        Assert.Contains("Comprovação de execução", json, StringComparison.OrdinalIgnoreCase);
        await CardAssert.ValidAsync("claim missing (pt-BR)", card);
    }

    [Fact]
    public async Task WhatIsWrong_OnANamedClaim_AnswersFromTheReviewsFindings()
    {
        await SeedAsync();
        var service = fixture.Host.Services.GetRequiredService<IClaimService>();
        var me = new ClaimsCaller(BotHostFactory.TenantId, BotHostFactory.UserObjectId, "Alex", false);
        var id = (await service.ListMineAsync(me, 50, default)).Single(c => c.Title == "Mine due today").Id;
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((await service.GetAsync(me, id, default)).Value!.Review is not { IsPending: false, HasResult: true })
        {
            Assert.True(DateTime.UtcNow < deadline, "The review did not finish.");
            await Task.Delay(50);
        }

        var card = await AskAsync("what's wrong with claim \"Mine due today\"?");

        var json = card.ToJsonString(Relaxed);
        var shown = json.Replace("\u2060", string.Empty, StringComparison.Ordinal).Replace("\u200B", string.Empty, StringComparison.Ordinal);
        Assert.Contains("✗ No cost basis: neither a third-party invoice nor a certification statement is attached.", shown, StringComparison.Ordinal);
        Assert.Contains("Third-party vendor invoices", json, StringComparison.Ordinal);
        await CardAssert.ValidAsync("what is wrong with a claim", card);
    }

    [Fact]
    public async Task WhatIsMissing_OnSomeoneElsesClaim_DoesNotReveal_It()
    {
        await SeedAsync();

        var card = await AskAsync("what is missing on claim \"Colleague's claim\"?");

        var json = card.ToJsonString(Relaxed);
        Assert.DoesNotContain("Still missing", json, StringComparison.Ordinal);
        Assert.Contains("I found no open claim of yours", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"text\":\"Colleague", json, StringComparison.Ordinal);
        Assert.Contains("Mine due today", json, StringComparison.Ordinal);
    }

    private async Task SeedAsync()
    {
        var service = fixture.Host.Services.GetRequiredService<IClaimService>();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var me = new ClaimsCaller(BotHostFactory.TenantId, BotHostFactory.UserObjectId, "Alex", false);
        var colleague = new ClaimsCaller(BotHostFactory.TenantId, "00000000-0000-0000-0000-0000000000099", "Megan", false);
        var stranger = new ClaimsCaller("99999999-0000-0000-0000-000000000001", BotHostFactory.UserObjectId, "Alex elsewhere", false);
        var mine = await service.ListMineAsync(me, 50, default);
        if (mine.Any(c => c.Title == "Mine due today"))
        {
            return;
        }

        foreach (var (caller, title) in new[] { (me, "Mine due today"), (colleague, "Colleague's claim"), (stranger, "Other tenant's claim") })
        {
            var usageEnd = today.AddDays(-45);
            var result = await service.CreateAsync(caller, new ClaimDraft(
                ClaimProgram.PartnerCoop, ActivityType.DigitalAdvertising, title, usageEnd.AddMonths(-3), usageEnd, usageEnd.AddDays(-10),
                1200m, "USD", VendorsUsed: true, InHouseWork: false), default);
            Assert.True(result.Outcome == ClaimOutcome.Ok, $"{title}: {result.Outcome} {string.Join(", ", result.Errors)}");
        }
    }

    private async Task<JsonObject> AskAsync(string question, string locale = "en-US")
    {
        var before = fixture.Channel.Received.Count;
        using var response = await fixture.Host.PostActivityAsync(Activities.Message(fixture.Channel.ServiceUrl, question, locale));
        var received = await fixture.Channel.WaitForAsync(r => r.Count > before);
        return Assert.Single(received[before].Cards);
    }
}
