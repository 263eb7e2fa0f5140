using CoopAssistant.Claims.Localization;
using System.Globalization;
using System.Text.Json.Nodes;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Conversation.Claims.Turns;
using CoopAssistant.Bot.Conversation.Claims.Documentation;
using CoopAssistant.Bot.Conversation.Claims.Evidence;
using CoopAssistant.Bot.Conversation.Claims.MyClaims;
using CoopAssistant.Bot.Conversation.Claims.NewClaim;
using CoopAssistant.Bot.Conversation.Claims.Ready;
using CoopAssistant.Bot.Conversation.Evidence.Search;
using CoopAssistant.Bot.Localization;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Services;
using CoopAssistant.Graph.Files;
using CoopAssistant.TestKit;

namespace CoopAssistant.Bot.Tests.Conversation.Claims;

/// <summary>Every card of the claim flow, in each state and both languages, against the schema, the official renderer, the size limit and Teams conventions.</summary>
public sealed class ClaimCardCatalogTests
{
    public static IEnumerable<(string Name, AdaptiveCard Card)> AllCards()
    {
        foreach (var culture in UserCulture.Supported)
        {
            foreach (var (name, card) in CardsFor(culture))
            {
                yield return ($"{name} ({culture.Name})", card);
            }
        }
    }

    [Theory]
    [InlineData("en-US", "(assumed: 30 days)", "Draft (Partner Center: Editing)")]
    [InlineData("pt-BR", "(presumido: 30 dias)", "(no Partner Center: Partner Action Required)")]
    public void ClaimCard_SaysWhatIsAssumed_AndThePartnerCenterStatusName(string locale, string assumed, string status)
    {
        var culture = System.Globalization.CultureInfo.GetCultureInfo(locale);
        var entered = new DocumentationRequestView(Guid.NewGuid(), ClaimSamples.Today.AddDays(-2), ClaimSamples.Today.AddDays(10), "Entered date", null);
        var defaulted = new DocumentationRequestView(Guid.NewGuid(), ClaimSamples.Today.AddDays(-2), ClaimSamples.Today.AddDays(28), "Default date", null, AssumedDays: 30);
        var requested = ClaimSamples.Cards.Create(culture, ClaimSamples.OwnerTurn,
            ClaimSamples.Claim(ClaimStatus.AdditionalDocumentationRequested, evidence: ClaimSamples.CompleteEvidence(), requests: [entered, defaulted])).ToJson();
        Assert.Equal(1, System.Text.RegularExpressions.Regex.Count(requested, System.Text.RegularExpressions.Regex.Escape(assumed)));
        var draft = ClaimSamples.Cards.Create(culture, ClaimSamples.OwnerTurn, ClaimSamples.Claim()).ToJson();
        Assert.Contains(status, locale == "en-US" ? draft : requested, StringComparison.Ordinal);
    }

    /// <summary>Issue 20, rule 1: where the deadline is still ahead of the person, the card says once that Partner Center's cut-off
    /// hour is not stated (submit a working day early); a claim already with Partner Center has no such note.</summary>
    [Theory]
    [InlineData("en-US", "cut-off hour on the deadline day is not stated")]
    [InlineData("pt-BR", "horário-limite do Partner Center no dia do prazo não é informado")]
    public void ClaimCard_OfAClaimBeingPrepared_SaysOnceThatTheCutOffHourIsNotStated(string locale, string note)
    {
        var culture = CultureInfo.GetCultureInfo(locale);
        var draft = ClaimSamples.Cards.Create(culture, ClaimSamples.OwnerTurn, ClaimSamples.Claim()).ToJson();
        Assert.Equal(1, System.Text.RegularExpressions.Regex.Count(draft, System.Text.RegularExpressions.Regex.Escape(note)));
        var submitted = ClaimSamples.Cards.Create(culture, ClaimSamples.OwnerTurn, ClaimSamples.Claim(ClaimStatus.Submitted, evidence: ClaimSamples.CompleteEvidence())).ToJson();
        Assert.DoesNotContain(note, submitted, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryClaimFlowCard_IsValid_InBothLanguages()
    {
        var cards = AllCards().ToList();

        Assert.True(cards.Count >= 60, $"only {cards.Count} cards");
        await CardAssert.AllValidAsync(cards.Select(c => (c.Name, (JsonNode)c.Card.ToJsonObject())));
    }

    [Theory]
    [InlineData("en-US", "Cap US$ 18,750 per usage period", "This claim is in BRL: check the converted amount yourself.")]
    [InlineData("pt-BR", "Limite de US$ 18.750 por per", "BRL: confira")]
    public void ClaimCard_OfAClaimInAnotherCurrency_StatesItsTypesUsdCap(string locale, string cap, string converted)
    {
        var culture = CultureInfo.GetCultureInfo(locale);
        var claim = ClaimSamples.Claim() with { ActivityType = ActivityType.SyndicatedContent, Currency = "BRL" };
        var card = ClaimSamples.Cards.Create(culture, ClaimSamples.OwnerTurn, claim).ToJson();
        Assert.Contains(cap, card, StringComparison.Ordinal);
        Assert.Contains(converted, card, StringComparison.Ordinal);
    }

    [Fact]
    public void ClaimCard_OfADraftWithGaps_ListsTheMissingEvidence_WithTheProofHint_AndWarnsAboutTheDeadline()
    {
        var card = ClaimSamples.Cards.Create(UserCulture.Portuguese, ClaimSamples.OwnerTurn, ClaimSamples.Claim(deadlineInDays: 2)).ToJson();

        Assert.Contains("✗ Comprovação de execução (POE): faltando", card, StringComparison.Ordinal);
        Assert.Contains("Declaração e Relatório de Certificação", card, StringComparison.Ordinal);
        Assert.Contains("Comprovação de execução: ", card, StringComparison.Ordinal);
        Assert.Contains("\"color\":\"attention\"", card, StringComparison.Ordinal);
        Assert.Contains("faltam 2 dias", card, StringComparison.Ordinal);
    }

    [Fact]
    public void ClaimCard_ForItsOwner_RefreshesForTheOwnersChannelId_AndCarriesIdAndVersionOnEveryButton()
    {
        var claim = ClaimSamples.Claim();
        var card = ClaimSamples.Cards.Create(UserCulture.English, ClaimSamples.OwnerTurn, claim).ToJsonObject();

        Assert.Equal("29:owner", card["refresh"]!["userIds"]![0]!.GetValue<string>());
        var executes = card["actions"]!.AsArray().Where(a => a!["type"]!.GetValue<string>() == "Action.Execute").ToList();
        Assert.NotEmpty(executes);
        Assert.All(executes, a =>
        {
            Assert.Equal(claim.Id.ToString("D"), a!["data"]!["claimId"]!.GetValue<string>());
            Assert.Equal(claim.Version, a["data"]!["claimVersion"]!.GetValue<long>());
        });
    }

    [Fact]
    public void ClaimCard_SeenByAnAdministrator_HasNoRefreshAndNoOwnerActions()
    {
        var card = ClaimSamples.Cards.Create(UserCulture.English, ClaimSamples.AdministratorTurn, ClaimSamples.Claim()).ToJsonObject();

        Assert.Null(card["refresh"]);
        Assert.DoesNotContain(CardVerbs.ClaimReady, card.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("Alex Wilber", card.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void StepsCard_LinksOnlyHttpFiles_AndNeutralisesMarkdownInFileNames()
    {
        var claim = ClaimSamples.Claim(ClaimStatus.Ready, evidence: ClaimSamples.CompleteEvidence());
        var json = PartnerCenterStepsCard.Create(UserCulture.English, ClaimSamples.OwnerTurn, claim, new Uri("https://bot.example.com/p")).ToJson();

        Assert.Contains("Incentives → Co-op management → Create a claim", json, StringComparison.Ordinal);
        Assert.Contains("file%20%281%29.pdf", json, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", json, StringComparison.Ordinal);
        Assert.DoesNotContain("[1](https://evil.example)", json, StringComparison.Ordinal);
    }

    private static readonly DateTimeOffset Checked = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    private static IEnumerable<(string Name, AdaptiveCard Card)> CardsFor(CultureInfo culture)
    {
        var owner = ClaimSamples.OwnerTurn;
        var cards = ClaimSamples.Cards;
        var stale = ClaimCommands.StaleNote(culture);
        var complete = ClaimSamples.CompleteEvidence();
        var injected = ClaimSamples.Claim(title: "**Big** [win](https://evil.example) <at>Boss</at> {{DATE(2026-01-01)}}");
        var request = new DocumentationRequestView(Guid.NewGuid(), ClaimSamples.Today.AddDays(-2), ClaimSamples.Today.AddDays(28), "Send the *signed* attendee list", null);

        yield return ("claim: draft, nothing yet", cards.Create(culture, owner, ClaimSamples.Claim()));
        yield return ("claim: draft, created note", cards.Create(culture, owner, ClaimSamples.Claim(), new CardNote("Claim created.", TextColor.Good)));
        yield return ("claim: draft, stale note", cards.Create(culture, owner, ClaimSamples.Claim(), stale));
        yield return ("claim: draft, not ready", cards.Create(culture, owner, ClaimSamples.Claim(), new CardNote("Not ready yet. Missing: x.", TextColor.Attention)));
        yield return ("claim: draft, overdue", cards.Create(culture, owner, ClaimSamples.Claim(deadlineInDays: -3)));
        yield return ("claim: draft, complete", cards.Create(culture, owner, ClaimSamples.Claim(evidence: complete, deadlineInDays: 40)));
        yield return ("claim: markdown in title", cards.Create(culture, owner, injected));
        yield return ("claim: ready", cards.Create(culture, owner, ClaimSamples.Claim(ClaimStatus.Ready, evidence: complete)));
        yield return ("claim: submitted", cards.Create(culture, owner, ClaimSamples.Claim(ClaimStatus.Submitted, evidence: complete)));
        yield return ("claim: documentation requested", cards.Create(culture, owner, ClaimSamples.Claim(ClaimStatus.AdditionalDocumentationRequested, evidence: complete, requests: [request])));
        foreach (var status in new[] { ClaimStatus.Approved, ClaimStatus.Rejected, ClaimStatus.Paid, ClaimStatus.Expired, ClaimStatus.Disputed })
        {
            yield return ($"claim: {status}", cards.Create(culture, owner, ClaimSamples.Claim(status, evidence: complete)));
        }

        yield return ("claim: seen by an administrator", cards.Create(culture, ClaimSamples.AdministratorTurn, ClaimSamples.Claim()));

        var blank = new ClaimFormState(ClaimFormMode.New, "f1", null, null, ClaimFormValues.Blank(culture));
        yield return ("form: new, blank", ClaimFormCard.Create(culture, blank));
        var bad = blank with { Values = blank.Values with { Title = "**x**", UsageStart = "2026-07-01", UsageEnd = "2026-06-01", Amount = "abc" } };
        var (_, errors) = ClaimFormParser.Parse(bad.Values, culture, new CoopAssistant.Claims.Validation.ClaimsOptions());
        yield return ("form: new, parse errors", ClaimFormCard.Create(culture, bad, errors));
        var domainErrors = ClaimFormParser.Localize(
            [new(CoopAssistant.Claims.Validation.ClaimFields.UsageEnd, CoopAssistant.Claims.Validation.ClaimErrorCode.UsagePeriodEndBeforeStart), new("other", CoopAssistant.Claims.Validation.ClaimErrorCode.AmountAboveCeiling)],
            culture);
        yield return ("form: new, domain errors", ClaimFormCard.Create(culture, bad, domainErrors));
        var claim = ClaimSamples.Claim();
        yield return ("form: edit", ClaimFormCard.Create(culture, new ClaimFormState(ClaimFormMode.Edit, "f2", claim.Id, claim.Version, ClaimFormValues.FromClaim(claim))));

        var summaries = new[] { -5, 0, 3, 12, 60 }.Select((d, i) => new ClaimSummary(
            Guid.NewGuid(), ClaimSamples.Owner, "Alex", $"Claim {i} *x*", i == 4 ? ClaimStatus.Submitted : ClaimStatus.Draft,
            ClaimSamples.Today.AddDays(d), ClaimSamples.Today.AddDays(d), 100 * (i + 1), "BRL", 1)).ToList();
        yield return ("my claims: empty", MyClaimsCard.Create(culture, owner, [], organization: false));
        yield return ("my claims: five", MyClaimsCard.Create(culture, owner, summaries, organization: false));
        yield return ("my claims: administrator", MyClaimsCard.Create(culture, ClaimSamples.AdministratorTurn, summaries, organization: false));
        yield return ("organization: list", MyClaimsCard.Create(culture, ClaimSamples.AdministratorTurn, summaries, organization: true));
        yield return ("organization: empty", MyClaimsCard.Create(culture, ClaimSamples.AdministratorTurn, [], organization: true));

        var ready = ClaimSamples.Claim(ClaimStatus.Ready, evidence: complete);
        var url = ClaimSamples.Links.Create(ClaimSamples.OwnerCaller, ready.Id, culture);
        yield return ("steps", PartnerCenterStepsCard.Create(culture, owner, ready, url));
        yield return ("steps: no evidence links", PartnerCenterStepsCard.Create(culture, owner, ClaimSamples.Claim(ClaimStatus.Ready), url));
        yield return ("steps: id error", PartnerCenterStepsCard.Create(culture, owner, ready, url, "bad id!", "Use only letters", stale));

        var submitted = ClaimSamples.Claim(ClaimStatus.Submitted, evidence: complete);
        yield return ("documentation: form", DocumentationRequestCard.Create(culture, submitted, "2026-11-24", null, null));
        yield return ("documentation: errors", DocumentationRequestCard.Create(
            culture, submitted, "x", "2026-01-01", null,
            new Dictionary<string, string> { [DocumentationRequestCard.RequestedOnInput] = "Enter a valid date.", [CoopAssistant.Claims.Validation.ClaimFields.RequestText] = "Required" }));

        yield return ("evidence: choose", AttachEvidenceCard.Create(culture, claim, null));
        yield return ("evidence: choose, error", AttachEvidenceCard.Create(culture, claim, null, "Choose a kind"));
        yield return ("evidence: proof chosen", AttachEvidenceCard.Create(culture, claim, EvidenceKind.ProofOfExecution));
        yield return ("evidence: invoice chosen", AttachEvidenceCard.Create(culture, claim, EvidenceKind.VendorInvoice));
        yield return ("evidence: choose, with search", AttachEvidenceCard.Create(culture, claim, null, offerSearch: true));
        yield return ("evidence: chosen, with search", AttachEvidenceCard.Create(culture, claim, EvidenceKind.ProofOfExecution, offerSearch: true));
        var recent = new[]
        {
            new FoundFile(new DriveItemRef("b!drive", "item-1"), "Invoice *March*.pdf", FileLocationKind.OneDrive, null, "/Invoices", Checked, 52_000, null),
            new FoundFile(new DriveItemRef("b!site", "item-2"), "Photos.zip", FileLocationKind.SharePoint, "Marketing", null, null, null, null),
        };
        yield return ("evidence search: recent files", FileSearchCards.Search(culture, claim, recent: recent));
        yield return ("evidence search: no recent files", FileSearchCards.Search(culture, claim, recent: []));
        var sourcesChanged = ClaimSamples.Claim(evidence:
        [
            complete[0] with { SourceState = EvidenceSourceState.Changed, SourceCheckedAt = Checked },
            complete[1] with { SourceState = EvidenceSourceState.Deleted, SourceCheckedAt = Checked },
            .. complete.Skip(2),
        ]);
        yield return ("claim: sources changed and deleted", cards.Create(culture, owner, sourcesChanged));

        yield return ("notice: not found", NoticeCard.NotFound(culture));
        yield return ("notice: unidentified", NoticeCard.Unidentified(culture));
        yield return ("notice: cancelled", NoticeCard.Create(culture, BotText.For(culture)[nameof(Strings.CancelledTitle)], BotText.For(culture)[nameof(Strings.CancelledNote)]));

        // Funds, outcomes and history (issue 22).
        var fund = new CoopAssistant.Claims.Funds.FundView(Guid.NewGuid(), ClaimProgram.PartnerCoop, "São Paulo <b>HQ</b>", ClaimSamples.Today.AddDays(-200), ClaimSamples.Today.AddDays(-20),
            ClaimSamples.Today.AddDays(25), "BRL", 50_000m, 4_000m, 12_000m, 8_000m, 1_500m, 3);
        var withFund = ClaimSamples.Claim(evidence: complete) with { FundId = fund.Id, Fund = new CoopAssistant.Claims.Funds.FundStanding(fund with { Available = 20_000m }, 1_000m, 5_000m, 6_000m) };
        yield return ("claim: draft over its fund and activity share", cards.Create(culture, owner, withFund));
        var filed = ClaimSamples.Claim(ClaimStatus.Submitted, evidence: complete);
        yield return ("claim: rejected", cards.Create(culture, owner, ClaimSamples.Claim(ClaimStatus.Rejected, evidence: complete) with { RejectionReason = "The POE *does not* show the logo", RejectedOn = ClaimSamples.Today.AddDays(-1) }));
        yield return ("claim: approved partially, payment late", cards.Create(culture, owner, ClaimSamples.Claim(ClaimStatus.Approved, evidence: complete) with { ApprovedAmount = 1000m, ApprovedOn = ClaimSamples.Today.AddDays(-70) }));
        yield return ("claim: paid", cards.Create(culture, owner, ClaimSamples.Claim(ClaimStatus.Paid, evidence: complete) with { ApprovedAmount = 1234.5m, ApprovedOn = ClaimSamples.Today.AddDays(-40), PaidAmount = 1234.5m, PaidOn = ClaimSamples.Today }));
        foreach (var status in new[] { ClaimStatus.Approved, ClaimStatus.Rejected, ClaimStatus.Disputed, ClaimStatus.Paid })
        {
            yield return ($"outcome form: {status}", CoopAssistant.Bot.Conversation.Claims.Outcomes.OutcomeCard.Create(culture, filed, status, "2026-07-01", "1234.50", null));
        }

        yield return ("outcome form: with errors", CoopAssistant.Bot.Conversation.Claims.Outcomes.OutcomeCard.Create(culture, filed, ClaimStatus.Rejected, "", null, " ",
            new Dictionary<string, string> { ["outcome.on"] = "x", ["outcome.reason"] = "y" }));
        var entries = Enumerable.Range(1, 10).Select(v => new CoopAssistant.Claims.History.HistoryEntryView(
            11 - v, DateTimeOffset.UnixEpoch.AddDays(v), v == 3 ? null : "u1", "Alex <b>W</b>", (ClaimAction)(v % 14),
            [new("Status", "Submitted", "Rejected"), new("ApprovedAmount", null, "1234.50"), new("EvidenceItem", null, "invoice [x](y).pdf (VendorInvoice)"), new("UsageEnd", "2026-06-30", "2026-06-29")],
            "note", "https://outlook.office.com/mail/id/1", v == 1 ? DateTimeOffset.UnixEpoch : null)).ToList();
        yield return ("history: a page with older entries", CoopAssistant.Bot.Conversation.Claims.History.HistoryCard.Create(culture, filed, new(filed.Id, entries, 1), TimeZoneInfo.Utc));
        yield return ("history: empty", CoopAssistant.Bot.Conversation.Claims.History.HistoryCard.Create(culture, filed, new(filed.Id, [], null), TimeZoneInfo.Utc));
        var fundList = Enumerable.Range(0, 20).Select(i => fund with { Id = Guid.NewGuid(), Currency = i % 3 == 0 ? "USD" : "BRL", Program = (ClaimProgram)(i % 3) }).ToList();
        yield return ("funds: list", CoopAssistant.Bot.Conversation.Funds.FundsCard.Create(culture, fundList, ClaimSamples.Today));
        yield return ("funds: none", CoopAssistant.Bot.Conversation.Funds.FundsCard.Create(culture, [], ClaimSamples.Today));
        yield return ("funds: record form with errors", CoopAssistant.Bot.Conversation.Funds.FundFormCard.Create(culture, new Dictionary<string, string?>(), new Dictionary<string, string> { ["fund.amount"] = "x" }));
        var csvErrors = Enumerable.Range(2, 30).Select(l => new CoopAssistant.Claims.Funds.FundImportError(l, "amount", CoopAssistant.Claims.Validation.ClaimErrorCode.CsvAmountInvalid, "1.2.3 <b>")).ToList();
        yield return ("funds: import preview with errors", CoopAssistant.Bot.Conversation.Funds.ImportFundsCard.Create(culture, "a;b\n1;2", new CoopAssistant.Claims.Funds.FundImportPreview([], csvErrors, 30, ';', "pt-BR", false)));
        var withEvidence = ClaimSamples.Claim(ClaimStatus.Draft, evidence: ClaimSamples.CompleteEvidence());
        yield return ("evidence: list with remove", CoopAssistant.Bot.Conversation.Claims.Evidence.RemoveEvidenceCard.List(culture, withEvidence, canRemove: true, TimeZoneInfo.Utc));
        yield return ("evidence: list, claim locked", CoopAssistant.Bot.Conversation.Claims.Evidence.RemoveEvidenceCard.List(culture, withEvidence, canRemove: false, TimeZoneInfo.Utc));
        yield return ("evidence: confirm removal", CoopAssistant.Bot.Conversation.Claims.Evidence.RemoveEvidenceCard.Confirm(culture, withEvidence, withEvidence.Evidence[0], TimeZoneInfo.Utc));
        yield return ("funds: dropped file with errors", CoopAssistant.Bot.Conversation.Funds.ImportFundsCard.ForFile(culture, "fundos *2026* [x](y).csv", new string('a', 64), new CoopAssistant.Claims.Funds.FundImportPreview([], csvErrors, 30, ';', "pt-BR", false)));
        var goodLine = new CoopAssistant.Claims.Funds.FundImportLine(2, new CoopAssistant.Claims.Funds.NewFund(ClaimProgram.PartnerCoop, null, ClaimSamples.Today, ClaimSamples.Today, 10m, "BRL"), CoopAssistant.Claims.Funds.FundImportAction.Add, null);
        yield return ("funds: dropped file ready to import", CoopAssistant.Bot.Conversation.Funds.ImportFundsCard.ForFile(culture, "fundos.csv", new string('a', 64), new CoopAssistant.Claims.Funds.FundImportPreview([goodLine], [], 0, ';', "pt-BR", false)));
        var alert = new CoopAssistant.Scheduling.Dispatch.FundAlertMessage("k", "t", "a", "14d", fund, [.. Enumerable.Range(0, 12).Select(i => new ClaimSummary(Guid.NewGuid(), "o", "Owner *x*", $"Claim {i}", ClaimStatus.Draft, ClaimSamples.Today, ClaimSamples.Today, 100m, "BRL", 1))]);
        yield return ("funds at risk", CoopAssistant.Bot.Reminders.FundAlertCard.Create(alert, ClaimSamples.Today, culture, new Uri("https://teams.microsoft.com/l/entity/app/claims-dashboard")));
        yield return ("funds at risk: usage end, no claims", CoopAssistant.Bot.Reminders.FundAlertCard.Create(alert with { Milestone = "end", Claims = [] }, ClaimSamples.Today, culture, null));
    }
}
