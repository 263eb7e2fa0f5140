using System.Globalization;
using System.Text.Json.Nodes;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Reminders;
using CoopAssistant.Claims.Model;
using CoopAssistant.Scheduling.Dispatch;
using CoopAssistant.Scheduling.Planning;
using CoopAssistant.TestKit;

namespace CoopAssistant.Bot.Tests.Reminders;

public sealed class ReminderCardTests
{
    private static readonly DateOnly Today = new(2026, 8, 4);

    private static ReminderMessage Message(ReminderNotice notice) => new(
        "deadline:x", notice, "t1", "owner", true, Guid.NewGuid(), 3, "Azure <b>seminar</b>", ClaimStatus.Draft,
        new DateOnly(2026, 8, 14), new DateOnly(2028, 3, 10), [EvidenceKind.ProofOfExecution], Guid.NewGuid(), "Vendor invoice", new DateOnly(2026, 8, 20));

    /// <summary>Every reminder notice, the digest and a confirmation, in both languages.</summary>
    internal static List<(string Name, JsonNode Card)> AllCards()
    {
        var cards = new List<(string, JsonNode)>();
        foreach (var culture in new[] { "en-US", "pt-BR" }.Select(CultureInfo.GetCultureInfo))
        {
            foreach (var notice in Enum.GetValues<ReminderNotice>())
            {
                cards.Add(($"{notice}-{culture.Name}", ReminderCard.Create(Message(notice), Today, culture).ToJsonObject()));
            }

            var digest = new DigestMessage("digest:t1:a:2026W32", "t1", "a",
                [new DigestClaim(Guid.NewGuid(), "Seminar", "Ana", new DateOnly(2026, 8, 10))], [new DigestRequest(Guid.NewGuid(), "Webinar", "Invoice", new DateOnly(2026, 8, 12))],
                [new CoopAssistant.Claims.Funds.FundTotals(CoopAssistant.Claims.Model.ClaimProgram.PartnerCoop, "BRL", 2, 50_000m, 1_000m, 2_000m, 3_000m, 4_000m, 40_000m, new DateOnly(2026, 8, 14))]);
            cards.Add(($"digest-{culture.Name}", DigestCard.Create(digest, Today, culture).ToJsonObject()));
            cards.Add(($"confirmation-{culture.Name}", ReminderCard.Confirmation("Snoozed", culture).ToJsonObject()));
        }

        return cards;
    }

    [Fact]
    public async Task EveryReminderAndDigestCard_IsValidInBothLanguages() => await CardAssert.AllValidAsync(AllCards());

    [Fact]
    public void DeadlineReminder_ShowsDaysLeftMissingEvidenceAndTheFourButtons_InPortuguese()
    {
        var json = ReminderCard.Create(Message(ReminderNotice.DeadlineApproaching), Today, CultureInfo.GetCultureInfo("pt-BR")).ToJson();

        Assert.Contains("faltam 10 dias", json, StringComparison.Ordinal);
        Assert.Contains("Ainda falta", json, StringComparison.Ordinal);
        Assert.Contains(CardVerbs.ReminderSnooze, json, StringComparison.Ordinal);
        Assert.Contains(CardVerbs.ReminderAlreadySubmitted, json, StringComparison.Ordinal);
        Assert.Contains("Abrir reivindicação", json, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", json, StringComparison.Ordinal);
    }

    [Fact]
    public void RetentionNoticeForAnAdministrator_HasNoSnoozeOrSubmitButtons()
    {
        var message = Message(ReminderNotice.RetentionEnding) with { RecipientIsOwner = false };
        var json = ReminderCard.Create(message, Today, CultureInfo.GetCultureInfo("en-US")).ToJson();

        Assert.Contains("Evidence retention ends soon", json, StringComparison.Ordinal);
        Assert.DoesNotContain(CardVerbs.ReminderSnooze, json, StringComparison.Ordinal);
    }

    [Fact]
    public void ExpiredNotice_HasNoSnooze_SaysOnlyWhatIsKnown_AndOffersAlreadySubmitted()
    {
        var json = ReminderCard.Create(Message(ReminderNotice.DeadlineExpired), new DateOnly(2026, 8, 17), CultureInfo.GetCultureInfo("en-US")).ToJson();

        Assert.DoesNotContain(CardVerbs.ReminderSnooze, json, StringComparison.Ordinal);
        Assert.Contains(CardVerbs.ReminderAlreadySubmitted, json, StringComparison.Ordinal);
        Assert.Contains("was not marked as submitted here; if you filed it in Partner Center, choose Already submitted", json, StringComparison.Ordinal);
        Assert.DoesNotContain("the claim was not submitted", json, StringComparison.Ordinal);
    }

    [Fact]
    public void DeadlineReminderSeenAfterTheDeadline_HasNoSnooze()
    {
        var json = ReminderCard.Create(Message(ReminderNotice.DeadlineApproaching), new DateOnly(2026, 8, 15), CultureInfo.GetCultureInfo("en-US")).ToJson();
        Assert.DoesNotContain(CardVerbs.ReminderSnooze, json, StringComparison.Ordinal);
        Assert.Contains(CardVerbs.ReminderAlreadySubmitted, json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-US", "Keep the originals at least until 3/10/2028 (24 months after the activity date); check your own retention rules before deleting.")]
    [InlineData("pt-BR", "Guarde os originais pelo menos até 10/03/2028 (24 meses após a data da atividade); confira as suas próprias regras de retenção antes de excluir.")]
    public void RetentionNotice_SaysKeepAtLeastUntil_NotMayBeRemoved(string culture, string expected)
    {
        var json = ReminderCard.Create(Message(ReminderNotice.RetentionEnding), Today, CultureInfo.GetCultureInfo(culture)).ToJson();
        Assert.Contains(expected, json, StringComparison.Ordinal);
    }

    /// <summary>Issue 20: a respond-by date the person did not enter reads "assumed: 30 days" on the documentation reminder and in the
    /// digest, as on the claim card; an entered one does not.</summary>
    [Theory]
    [InlineData("en-US", "8/20/2026 (assumed: 30 days)")]
    [InlineData("pt-BR", "20/08/2026 (presumido: 30 dias)")]
    public void AnAssumedRespondByDate_SaysSo_OnTheDocumentationReminderAndInTheDigest(string culture, string expected)
    {
        var language = CultureInfo.GetCultureInfo(culture);
        var assumed = Message(ReminderNotice.DocumentationFollowUp) with { RespondByAssumedDays = 30 };
        Assert.Contains(expected, ReminderCard.Create(assumed, Today, language).ToJson(), StringComparison.Ordinal);
        var entered = ReminderCard.Create(Message(ReminderNotice.DocumentationFollowUp), Today, language).ToJson();
        Assert.DoesNotContain(expected[expected.IndexOf('(', StringComparison.Ordinal)..], entered, StringComparison.Ordinal);

        var digest = new DigestMessage("digest:t1:a:2026W32", "t1", "a", [],
            [new DigestRequest(Guid.NewGuid(), "Webinar", "Invoice", new DateOnly(2026, 8, 20), 30), new DigestRequest(Guid.NewGuid(), "Seminar", "Photos", new DateOnly(2026, 8, 21))]);
        var json = DigestCard.Create(digest, Today, language).ToJson();
        Assert.Contains(expected, json, StringComparison.Ordinal);
        Assert.Equal(1, json.Split(expected[expected.IndexOf('(', StringComparison.Ordinal)..]).Length - 1);
    }
}
