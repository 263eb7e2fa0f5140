using System.Globalization;
using System.Text.Json.Nodes;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Conversation.Funds;
using CoopAssistant.Bot.Tests.Conversation.Claims;
using CoopAssistant.Bot.Tests.Hosting;
using CoopAssistant.Bot.Tests.Reminders;
using CoopAssistant.Claims.Access;
using CoopAssistant.Claims.Funds;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Services;
using CoopAssistant.Claims.Validation;
using CoopAssistant.TestKit.App.Hosting;
using CoopAssistant.TestKit.Postgres;
using Microsoft.Extensions.DependencyInjection;

namespace CoopAssistant.Bot.Tests.Conversation.Money;

/// <summary>Partner Center outcomes from the claim card and by typing, the history card and the funds cards, over HTTP on the
/// real host, on SQLite (<see cref="SqliteOutcomeConversationTests"/>) and PostgreSQL (<see cref="PostgresOutcomeConversationTests"/>).</summary>
public abstract class OutcomeConversationTests
{
    protected abstract MoneyHostFixture Fixture { get; }

    private MoneyHostFixture fixture => Fixture;

    private static readonly ClaimsCaller Admin = new(BotHostFactory.TenantId, BotHostFactory.UserObjectId, "Alex Wilber", true);
    private static readonly ClaimsCaller Colleague = new(BotHostFactory.TenantId, "00000000-0000-0000-0000-0000000000777", "Megan Bowen", false);

    private ClaimConversation Chat(string locale = "en-US") => new(fixture.Host, fixture.Channel, "a:money-" + Guid.NewGuid().ToString("N"), locale);

    private IClaimService Claims => fixture.Host.Services.GetRequiredService<IClaimService>();

    /// <summary>An outcome date valid at any hour: the chat user is in São Paulo (UTC−3), where today's UTC date is still the future
    /// for three hours every night; the UTC day before is never in the future there and never before the claim was created (a
    /// day's tolerance).</summary>
    private static string Today => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A claim of <paramref name="owner"/> filed in Partner Center (evidence, ready, submitted) with a unique title.</summary>
    private async Task<ClaimView> SubmittedAsync(ClaimsCaller owner, string title, decimal amount = 1000m)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var draft = new ClaimDraft(ClaimProgram.PartnerCoop, ActivityType.Seminar, title, today.AddDays(-20), today.AddDays(10), today.AddDays(-5), amount, "USD", true, false);
        var claim = (await Claims.CreateAsync(owner, draft, default)).Value!;
        foreach (var kind in new[] { EvidenceKind.CoreRequirementDocumentation, EvidenceKind.VendorInvoice, EvidenceKind.ProofOfExecution })
        {
            var added = await Claims.AddEvidenceAsync(owner, claim.Id, claim.Version, new NewEvidence(kind, EvidenceSource.Local, kind + ".pdf", 10, "application/pdf"), default);
            Assert.True(added.IsOk, $"evidence refused: {added.Outcome} {added.Code}");
            claim = added.Value!;
        }

        // "Ready" waits for the evidence review of the last change (it runs in the background).
        claim = await Review.ReviewedClaims.WaitAsync(Claims, owner, claim.Id);
        var ready = await Claims.ChangeStatusAsync(owner, claim.Id, claim.Version, ClaimStatus.Ready, null, default);
        Assert.True(ready.IsOk, $"ready refused: {ready.Outcome} {ready.Code}; findings: {string.Join(", ", claim.Review!.Findings.Select(f => f.Code + "/" + f.Severity))}");
        claim = ready.Value!;
        return (await Claims.ChangeStatusAsync(owner, claim.Id, claim.Version, ClaimStatus.Submitted, null, default)).Value!;
    }

    private static void Has(string json, string expected) => Assert.True(json.Contains(expected, StringComparison.Ordinal), $"'{expected}' not in {json}");

    private Task<ClaimView> ReadAsync(Guid id) => Chat().ReadAsync(Admin, id);

    private static JsonObject ForClaim(ClaimView claim) => new() { ["claimId"] = claim.Id.ToString(), ["claimVersion"] = claim.Version };

    [Fact]
    public async Task FromTheCard_APartialApprovalThenThePayment_AreRecordedWithTheirData_ForAColleaguesClaimByAnAdministrator()
    {
        var chat = Chat();
        var claim = await SubmittedAsync(Colleague, "Card outcome " + Guid.NewGuid().ToString("N")[..6], 1000m);
        var card = await chat.InvokeAsync(CardVerbs.ClaimStatus, ForClaim(claim));
        Assert.Contains(ClaimConversation.AllActions(card), a => a["verb"]?.GetValue<string>() == CardVerbs.ClaimApproved);
        Assert.Contains(ClaimConversation.AllActions(card), a => a["verb"]?.GetValue<string>() == CardVerbs.ClaimRejected);
        Assert.DoesNotContain(ClaimConversation.AllActions(card), a => a["verb"]?.GetValue<string>() == CardVerbs.ClaimPaid);

        var form = await chat.PressAsync(card, CardVerbs.ClaimApproved);
        Has(ClaimConversation.Json(form), "\"value\":\"1000.00\""); // the claimed amount, to change for a partial approval
        var tooMuch = await chat.PressAsync(form, CardVerbs.ClaimApproved, new JsonObject { ["outcome.on"] = Today, ["outcome.amount"] = "1200" });
        Has(ClaimConversation.Json(tooMuch), "cannot be more than the amount claimed");
        Assert.Equal(ClaimStatus.Submitted, (await ReadAsync(claim.Id)).Status);

        var approved = await chat.PressAsync(tooMuch, CardVerbs.ClaimApproved, new JsonObject { ["outcome.on"] = Today, ["outcome.amount"] = "800.00" });
        var json = ClaimConversation.Json(approved);
        Assert.Contains("Recorded: Approved.", json, StringComparison.Ordinal);
        Assert.Contains("$800.00 of $1,000.00 claimed ($200.00 not approved)", json, StringComparison.Ordinal);
        var stored = await ReadAsync(claim.Id);
        Assert.Equal((ClaimStatus.Approved, 800m), (stored.Status, stored.ApprovedAmount!.Value));

        var paidForm = await chat.PressAsync(approved, CardVerbs.ClaimPaid);
        var paid = await chat.PressAsync(paidForm, CardVerbs.ClaimPaid, new JsonObject { ["outcome.on"] = Today, ["outcome.amount"] = "800.00" });
        Has(ClaimConversation.Json(paid), "Recorded: Paid.");
        Assert.Equal(ClaimStatus.Paid, (await ReadAsync(claim.Id)).Status);
        // Paid is final: no outcome buttons are left.
        Assert.DoesNotContain(ClaimConversation.AllActions(paid), a => a["verb"]?.GetValue<string>() is CardVerbs.ClaimApproved or CardVerbs.ClaimRejected or CardVerbs.ClaimDisputed or CardVerbs.ClaimPaid);
    }

    [Fact]
    public async Task ByText_ARejectionItsDisputeAndTheApproval_AreRecorded_AndTheRejectionCardSaysWhatADisputeNeeds()
    {
        var chat = Chat();
        var title = "Text outcome k" + Guid.NewGuid().ToString("N")[..6]; // never all digits: "paid {title}" would read it as the amount
        var claim = await SubmittedAsync(Admin, title, 1500m);

        var rejected = await chat.SendTextAsync($"rejected {title}: The proof of execution does not show the partner's logo.");
        var json = ClaimConversation.Json(rejected);
        Assert.Contains("Recorded: Rejected.", json, StringComparison.Ordinal);
        Assert.Contains("reviewed within 5 business days", json, StringComparison.Ordinal);
        Assert.Contains(ClaimConversation.AllActions(rejected), a => a["verb"]?.GetValue<string>() == CardVerbs.ClaimDisputed);
        Assert.Equal("The proof of execution does not show the partner's logo.", (await ReadAsync(claim.Id)).RejectionReason);

        Has(ClaimConversation.Json(await chat.SendTextAsync($"dispute filed {title}")), "Recorded: Disputed.");
        Has(ClaimConversation.Json(await chat.SendTextAsync($"approved {title} 1500")), "Recorded: Approved.");
        var stored = await ReadAsync(claim.Id);
        Assert.Equal((ClaimStatus.Approved, 1500m), (stored.Status, stored.ApprovedAmount!.Value));

        // Without the amount: the form, filled in with the approved amount.
        var paidForm = await chat.SendTextAsync($"paid {title}");
        Has(ClaimConversation.Json(paidForm), "\"value\":\"1500.00\"");
        Assert.Equal(ClaimStatus.Approved, (await ReadAsync(claim.Id)).Status);
    }

    [Fact]
    public async Task IllegalOutcomes_ByTextAndFromAStaleOrForgedCard_AreRefusedWithAReason_AndChangeNothing()
    {
        var chat = Chat();
        var title = "Illegal outcome k" + Guid.NewGuid().ToString("N")[..6];
        var claim = await SubmittedAsync(Admin, title);

        Has(ClaimConversation.Json(await chat.SendTextAsync($"paid {title} 100")), "A claim that is \\\"Submitted\\\" cannot be recorded as \\\"Paid\\\".");
        Has(ClaimConversation.Json(await chat.SendTextAsync($"dispute filed {title}")), "cannot be recorded as \\\"Disputed\\\"");

        // A forged card action: "paid" recorded on a submitted claim, with data.
        var forged = ForClaim(claim);
        forged["step"] = "record";
        forged["outcome.on"] = Today;
        forged["outcome.amount"] = "100";
        Has(ClaimConversation.Json(await chat.InvokeAsync(CardVerbs.ClaimPaid, forged)), "cannot be recorded as \\\"Paid\\\"");

        // A rejection without a reason, and a date in the future.
        var noReason = ForClaim(claim);
        noReason["step"] = "record";
        noReason["outcome.on"] = Today;
        noReason["outcome.reason"] = " ";
        Has(ClaimConversation.Json(await chat.InvokeAsync(CardVerbs.ClaimRejected, (JsonObject)noReason.DeepClone())), "Enter the reason Partner Center gave");
        noReason["outcome.reason"] = "Late";
        noReason["outcome.on"] = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Has(ClaimConversation.Json(await chat.InvokeAsync(CardVerbs.ClaimRejected, (JsonObject)noReason.DeepClone())), "The date cannot be in the future.");

        var stored = await ReadAsync(claim.Id);
        Assert.Equal((ClaimStatus.Submitted, claim.Version), (stored.Status, stored.Version));
    }

    [Fact]
    public async Task InPortuguese_TheOutcomeIsRecordedByText_AndTheHistoryCardShowsWhoWhenAndOldToNew()
    {
        var chat = Chat("pt-BR");
        var title = "Resultado k" + Guid.NewGuid().ToString("N")[..6];
        var claim = await SubmittedAsync(Admin, title, 2000m);
        Has(ClaimConversation.Json(await chat.SendTextAsync($"aprovada {title} 1.500,00")), "Registrado: Aprovada.");
        Assert.Equal(1500m, (await ReadAsync(claim.Id)).ApprovedAmount);

        var history = ClaimConversation.Json(await chat.SendTextAsync($"histórico {title}"));
        Has(history, $"Histórico de \\\"{title}\\\"");
        Has(history, "Alex Wilber registrou a aprovação");
        Has(history, "Valor aprovado: — → USD 1.500,00");
        Has(history, "Alex Wilber criou a reivindicação");
    }

    [Fact]
    public async Task Funds_AreRecordedAndImportedInTheChat_WithLineNumberedErrorsBeforeAnythingIsStored()
    {
        var chat = Chat();
        var funds = fixture.Host.Services.GetRequiredService<IFundService>();
        var list = await chat.SendTextAsync("funds");
        var form = await chat.PressAsync(list, CardVerbs.FundsRecord);
        var recorded = await chat.PressAsync(form, CardVerbs.FundsRecord, new JsonObject
        {
            [FundFields.Program] = "OnlineServicesAdvisor", [FundFields.Location] = "Chat " + Guid.NewGuid().ToString("N")[..4],
            [FundFields.UsageStart] = "2026-01-01", [FundFields.UsageEnd] = "2026-06-30", [FundFields.Amount] = "25000", [FundFields.Currency] = "EUR",
        });
        Has(ClaimConversation.Json(recorded), "Fund recorded.");

        var location = "Import " + Guid.NewGuid().ToString("N")[..4];
        var bad = $"program;location;usage start;usage end;amount;currency\nOSA;{location};2026-01-01;2026-06-30;100;USD\nOSA;{location};2026-01-01;2026-06-31;100;BRL\n";
        var importCard = await chat.PressAsync(recorded, CardVerbs.FundsImport);
        var preview = await chat.PressAsync(importCard, CardVerbs.FundsImport, new JsonObject { [ImportFundsCard.CsvInput] = bad, ["step"] = "preview" });
        var json = ClaimConversation.Json(preview);
        Assert.Contains("Line 3 (usageEnd): Not a date", json, StringComparison.Ordinal);
        Assert.DoesNotContain(ClaimConversation.AllActions(preview), a => a["data"]?["step"]?.GetValue<string>() == "import");
        Assert.DoesNotContain((await funds.ListAsync(Admin, default)).Value!, f => f.Location == location);

        var good = bad.Replace("2026-06-31", "2026-06-30", StringComparison.Ordinal);
        var okPreview = await chat.PressAsync(preview, CardVerbs.FundsImport, new JsonObject { [ImportFundsCard.CsvInput] = good, ["step"] = "preview" });
        Has(ClaimConversation.Json(okPreview), "2 new, 0 with a changed amount, 0 already recorded.");
        var imported = await chat.PressAsync(okPreview, CardVerbs.FundsImport, new JsonObject { [ImportFundsCard.CsvInput] = good, ["step"] = "import" });
        Has(ClaimConversation.Json(imported), "Imported: 2 new");
        Assert.Equal(2, (await funds.ListAsync(Admin, default)).Value!.Count(f => f.Location == location));
        var again = await chat.PressAsync(okPreview, CardVerbs.FundsImport, new JsonObject { [ImportFundsCard.CsvInput] = good, ["step"] = "import" });
        Has(ClaimConversation.Json(again), "Imported: 0 new, 0 changed, 2 already recorded.");
    }

    [Fact]
    public async Task AFundsFileDroppedIntoTheChat_IsPreviewedWithLineNumberedErrors_ThenImportedOnlyAsPreviewed_AndAgainChangesNothing()
    {
        var conversationId = "a:money-file-" + Guid.NewGuid().ToString("N");
        var chat = new ClaimConversation(fixture.Host, fixture.Channel, conversationId, "pt-BR");
        var funds = fixture.Host.Services.GetRequiredService<IFundService>();
        var location = "Arquivo " + Guid.NewGuid().ToString("N")[..6];
        var good = $"Programa;Localização;Início;Fim;Valor;Moeda\r\nCo-op de parceiros;{location} São Paulo;01/07/2026;31/12/2026;1.234,56;BRL\r\nOSA;{location} Recife;01/07/2026;31/12/2026;900;BRL\r\n";
        var windows1252 = System.Text.CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

        // A file with a bad line: its errors with their line numbers, no "Import", nothing stored.
        var bad = await DropAsync(conversationId, "fundos-erro.csv", windows1252.GetBytes(good.Replace("31/12/2026;900", "31/13/2026;900", StringComparison.Ordinal)));
        Has(ClaimConversation.Json(bad), "Linha 3 (usageEnd): Não é uma data");
        Assert.DoesNotContain(ClaimConversation.AllActions(bad), a => a["data"]?["step"] is not null);
        Assert.DoesNotContain((await funds.ListAsync(Admin, default)).Value!, f => f.Location?.StartsWith(location, StringComparison.Ordinal) == true);

        // The good file (what Excel writes in pt-BR: Windows-1252, semicolons, day-first dates): previewed, still nothing stored.
        var preview = await DropAsync(conversationId, "fundos.csv", windows1252.GetBytes(good));
        var json = ClaimConversation.Json(preview);
        Has(json, "O arquivo «fundos.");
        Has(json, "2 novos, 0 com valor alterado, 0 já registrados.");
        Assert.DoesNotContain("downloadUrl", json, StringComparison.Ordinal);
        Assert.DoesNotContain(fixture.Graph.Root.Authority, json, StringComparison.Ordinal);
        Assert.DoesNotContain((await funds.ListAsync(Admin, default)).Value!, f => f.Location?.StartsWith(location, StringComparison.Ordinal) == true);

        var imported = await chat.PressAsync(preview, CardVerbs.FundsImport);
        Has(ClaimConversation.Json(imported), "Importados: 2 novos, 0 alterados, 0 já registrados.");
        var stored = (await funds.ListAsync(Admin, default)).Value!.Where(f => f.Location?.StartsWith(location, StringComparison.Ordinal) == true).ToList();
        Assert.Equal(2, stored.Count);
        Assert.Contains(stored, f => f.Location == location + " São Paulo" && f.Available == 1234.56m && f.Currency == "BRL");

        var again = await chat.PressAsync(preview, CardVerbs.FundsImport);
        Has(ClaimConversation.Json(again), "Importados: 0 novos, 0 alterados, 2 já registrados.");

        // "Import" on a preview whose file is not the last one dropped (or a forged one) imports nothing.
        var forged = await chat.PressAsync(preview, CardVerbs.FundsImport, new JsonObject { [ImportFundsCard.FileKey] = new string('0', 64) });
        Has(ClaimConversation.Json(forged), "Esse arquivo não está mais disponível");
        Assert.Equal(2, (await funds.ListAsync(Admin, default)).Value!.Count(f => f.Location?.StartsWith(location, StringComparison.Ordinal) == true));
    }

    [Fact]
    public async Task ACsvThatIsNoFundsFile_DroppedIntoTheChat_StaysEvidence()
    {
        var conversationId = "a:money-evidence-" + Guid.NewGuid().ToString("N");
        var card = ClaimConversation.Json(await DropAsync(conversationId, "attendees.csv", System.Text.Encoding.UTF8.GetBytes("name,email,company\nAna,ana@contoso.com,Contoso\n")));
        Assert.DoesNotContain("Import funds", card, StringComparison.Ordinal);
        Assert.DoesNotContain("Importar fundos", card, StringComparison.Ordinal);
        Has(card, "attendees");
    }

    [Fact]
    public async Task AnAdministratorRemovesEvidenceFromAColleaguesClaim_AfterConfirming_WithOneHistoryEntry_AndAStaleCardRemovesNothing()
    {
        var chat = Chat();
        var title = "Evidence removal k" + Guid.NewGuid().ToString("N")[..6];
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var draft = new ClaimDraft(ClaimProgram.PartnerCoop, ActivityType.Seminar, title, today.AddDays(-20), today.AddDays(10), today.AddDays(-5), 800m, "USD", true, false);
        var claim = (await Claims.CreateAsync(Colleague, draft, default)).Value!;
        foreach (var name in new[] { "agenda.pdf", "invoice.pdf" })
        {
            claim = (await Claims.AddEvidenceAsync(Colleague, claim.Id, claim.Version, new NewEvidence(EvidenceKind.VendorInvoice, EvidenceSource.Local, name, 10, "application/pdf"), default)).Value!;
        }

        var card = await chat.InvokeAsync(CardVerbs.ClaimStatus, ForClaim(claim));
        var list = await chat.PressAsync(card, CardVerbs.EvidenceRemove);
        var listJson = ClaimConversation.Json(list);
        Has(listJson, $"Evidence of \\\"{title}\\\"");
        Has(listJson, "«agenda.");
        Assert.Equal(2, ClaimConversation.AllActions(list).Count(a => a["verb"]?.GetValue<string>() == CardVerbs.EvidenceRemove));

        var confirm = await chat.PressAsync(list, CardVerbs.EvidenceRemove);
        Has(ClaimConversation.Json(confirm), "Remove «agenda.");
        Assert.Equal(2, (await ReadAsync(claim.Id)).Evidence.Count);

        var removed = await chat.PressAsync(confirm, CardVerbs.EvidenceRemove);
        Has(ClaimConversation.Json(removed), "Removed from the claim: «agenda.");
        var after = await ReadAsync(claim.Id);
        Assert.Equal(["invoice.pdf"], after.Evidence.Select(e => e.Name));
        var history = (await Claims.GetHistoryAsync(Admin, claim.Id, null, 10, default)).Value!.Entries;
        Assert.Equal(ClaimAction.EvidenceRemoved, history[0].Action);
        Assert.Equal(Admin.UserObjectId, history[0].ActorObjectId);
        Assert.Equal(claim.Version + 1, after.Version);

        // The old list's other "Remove", confirmed from a card of the claim's previous version: refused, nothing removed.
        var stale = ClaimConversation.AllActions(list).Where(a => a["verb"]?.GetValue<string>() == CardVerbs.EvidenceRemove).Last()["data"]!.DeepClone().AsObject();
        stale["step"] = "confirm";
        var refused = await chat.InvokeAsync(CardVerbs.EvidenceRemove, stale);
        Has(ClaimConversation.Json(refused), "changed");
        Assert.Single((await ReadAsync(claim.Id)).Evidence);
        Assert.Equal(after.Version, (await ReadAsync(claim.Id)).Version);
    }

    [Fact]
    public async Task EvidenceOfASubmittedClaim_IsListedWithoutRemove_AndAForgedRemovalChangesNothing()
    {
        var chat = Chat("pt-BR");
        var claim = await SubmittedAsync(Admin, "Enviada " + Guid.NewGuid().ToString("N")[..6]);
        var list = await chat.InvokeAsync(CardVerbs.EvidenceRemove, ForClaim(claim));
        Has(ClaimConversation.Json(list), "não pode mais ser editada");
        Assert.DoesNotContain(ClaimConversation.AllActions(list), a => a["verb"]?.GetValue<string>() == CardVerbs.EvidenceRemove);

        var forged = ForClaim(claim);
        forged["evidenceId"] = claim.Evidence[0].Id.ToString("D");
        forged["step"] = "confirm";
        await chat.InvokeAsync(CardVerbs.EvidenceRemove, forged);
        Assert.Equal(3, (await ReadAsync(claim.Id)).Evidence.Count);
        Assert.Equal(claim.Version, (await ReadAsync(claim.Id)).Version);
    }

    /// <summary>Drops one file into the chat as Teams does and returns the card the bot answers with.</summary>
    private async Task<JsonObject> DropAsync(string conversationId, string name, byte[] bytes)
    {
        var message = CoopAssistant.Bot.Tests.Conversation.Evidence.ChatFileConversation.FileMessage(
            fixture.Channel.ServiceUrl, conversationId, "pt-BR", (name, fixture.Files.Add(bytes, name)));
        var id = await CoopAssistant.Bot.Tests.Conversation.Evidence.ChatFileConversation.PostAsync(fixture.Host, message);
        var received = await fixture.Channel.WaitForAsync(r => r.Any(a => a.ReplyToId == id && a.Cards.Any()));
        return Assert.Single(received.First(a => a.ReplyToId == id && a.Cards.Any()).Cards);
    }

    [Fact]
    public async Task Questions_AboutFundsLeftAndRejectedClaims_AreAnsweredFromTheData_InBothLanguages()
    {
        var funds = fixture.Host.Services.GetRequiredService<IFundService>();
        var tag = Guid.NewGuid().ToString("N")[..5];
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var half = today.Month <= 6 ? new DateOnly(today.Year, 1, 1) : new DateOnly(today.Year, 7, 1);
        await funds.RecordAsync(Admin, new NewFund(ClaimProgram.DynamicsIsv, "Soon " + tag, half, half.AddMonths(6).AddDays(-1), 7000m, "USD"), default);
        await funds.RecordAsync(Admin, new NewFund(ClaimProgram.DynamicsIsv, "Later " + tag, half.AddMonths(6), half.AddMonths(12).AddDays(-1), 9000m, "BRL"), default);
        var soonDeadline = half.AddMonths(6).AddDays(44);
        var byMonth = CultureInfo.GetCultureInfo("pt-BR").DateTimeFormat.GetMonthName(soonDeadline.Month);

        var left = ClaimConversation.Json(await Chat().SendTextAsync("How much co-op do we have left?"));
        Has(left, "Soon " + tag);
        Has(left, "Later " + tag);
        Has(left, "Unclaimed co-op funds:");

        var untilMonth = ClaimConversation.Json(await Chat("pt-BR").SendTextAsync($"Quanto temos de fundos para reivindicar até {byMonth}?"));
        Has(untilMonth, "Fundos de co-op a reivindicar:");
        Has(untilMonth, "Soon " + tag);
        Assert.DoesNotContain("Later " + tag, untilMonth, StringComparison.Ordinal);

        var title = "Rejected question " + tag;
        var claim = await SubmittedAsync(Admin, title);
        await Claims.RecordOutcomeAsync(Admin, claim.Id, claim.Version, new PartnerCenterOutcome(ClaimStatus.Rejected, today, Reason: "No POE"), null, default);
        Has(ClaimConversation.Json(await Chat().SendTextAsync("Which claims were rejected?")), title);
        Has(ClaimConversation.Json(await Chat("pt-BR").SendTextAsync("Quais reivindicações foram rejeitadas?")), title);
    }
}

public sealed class SqliteOutcomeConversationTests(SqliteMoneyHost host) : OutcomeConversationTests, IClassFixture<SqliteMoneyHost>
{
    protected override MoneyHostFixture Fixture => host;
}

/// <summary>A host on a fresh PostgreSQL database per test (a class fixture cannot take the collection's server).</summary>
[Collection(ReminderPostgresCollection.Name)]
public sealed class PostgresOutcomeConversationTests(PostgresServer server) : OutcomeConversationTests, IAsyncLifetime
{
    private readonly PostgresMoneyHost _host = new(server);

    protected override MoneyHostFixture Fixture => _host;

    public Task InitializeAsync() => _host.InitializeAsync();

    public Task DisposeAsync() => _host.DisposeAsync();
}
