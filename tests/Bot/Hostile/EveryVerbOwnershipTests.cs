using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using CoopAssistant.Bot.Conversation.Commands;
using CoopAssistant.Bot.Tests.Conversation;
using CoopAssistant.Bot.Tests.Conversation.Claims;
using CoopAssistant.Bot.Tests.Hosting;
using CoopAssistant.Claims.Access;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Services;
using CoopAssistant.Claims.Validation;
using CoopAssistant.TestKit.App.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace CoopAssistant.Bot.Tests.Hostile;

/// <summary>
/// Every verb the running host answers (read from its command registry, so a verb added later is posted too) is pressed with the
/// ids of claims that are not the caller's: another user's of the same tenant, and another tenant's. Through the real endpoint,
/// with the data the real cards carry for that verb. Nothing about those claims changes in any table (claim rows, evidence,
/// documentation requests, reminders, background work…), and no answer shows them.
/// </summary>
public sealed class EveryVerbOwnershipTests(AuthenticatedHostFixture fixture) : IClassFixture<AuthenticatedHostFixture>
{
    [Theory]
    [InlineData("another user")]
    [InlineData("another tenant")]
    public async Task EveryVerb_WithSomeoneElsesClaimIds_ChangesNothingOfTheirs(string whose)
    {
        var owner = whose == "another user"
            ? new ClaimsCaller(BotHostFactory.TenantId, "00000000-0000-0000-0000-00000000b0b0", "Bob", false)
            : new ClaimsCaller("00000000-0000-0000-0000-00000000dead", BotHostFactory.UserObjectId, "Same id, other tenant", true);
        var chat = new ClaimConversation(fixture.Host, fixture.Channel, "a:every-verb-" + whose.Replace(' ', '-'));
        var theirs = await TheirClaimsAsync(chat.Claims, owner);
        var markers = theirs.SelectMany(c => new[] { c.Id.ToString("D"), c.Id.ToString("N") }).Append(owner.TenantId == BotHostFactory.TenantId ? owner.UserObjectId : owner.TenantId).ToList();
        // Their claims' evidence reviews run in the background after seeding: the snapshot is taken once that work has finished,
        // so a review finishing meanwhile is not taken for a change the verbs made (bounded: 30 seconds).
        var settleBy = DateTime.UtcNow.AddSeconds(30);
        var before = await SnapshotAsync(markers);
        while (before.Any(r => r.StartsWith("BackgroundWork:", StringComparison.Ordinal) && r.Contains("FinishedAt=;", StringComparison.Ordinal)))
        {
            Assert.True(DateTime.UtcNow < settleBy, "Their claims' background work did not finish.");
            await Task.Delay(50);
            before = await SnapshotAsync(markers);
        }

        Assert.NotEmpty(before);

        var verbs = fixture.Host.Services.GetServices<IBotCommand>().Select(c => c.Verb).Order(StringComparer.Ordinal).ToList();
        Assert.Contains("reminder.snooze", verbs);
        var cardData = CardDataByVerb();
        var answers = new List<string>();
        foreach (var verb in verbs)
        {
            foreach (var claim in theirs)
            {
                var data = HostileData(cardData.GetValueOrDefault(verb), claim);
                var answer = await chat.InvokeAsync(verb, data);
                var json = ClaimConversation.Json(answer);
                answers.Add(verb + ": " + json);
                Assert.All(theirs, c => Assert.DoesNotContain(c.Title, json, StringComparison.Ordinal));
            }
        }

        var after = await SnapshotAsync(markers);
        Assert.True(before.SequenceEqual(after), "Changed rows:\n" + string.Join('\n', after.Except(before)) + "\nGone rows:\n" + string.Join('\n', before.Except(after)));
        foreach (var claim in theirs)
        {
            var stored = await chat.ReadAsync(owner, claim.Id);
            Assert.Equal(claim.Version, stored.Version);
            Assert.Equal(claim.Status, stored.Status);
        }
    }

    /// <summary>Their claims in the states the changing verbs act on: a complete draft, a ready one, one with an open documentation request.</summary>
    private static async Task<List<ClaimView>> TheirClaimsAsync(IClaimService claims, ClaimsCaller owner)
    {
        var result = new List<ClaimView>();
        foreach (var (title, target) in new[] { ("Their draft", ClaimStatus.Draft), ("Their ready claim", ClaimStatus.Ready), ("Their requested claim", ClaimStatus.AdditionalDocumentationRequested) })
        {
            var draft = new ClaimDraft(ClaimProgram.PartnerCoop, ActivityType.Seminar, title, new(2026, 7, 1), new(2026, 12, 31), new(2026, 9, 15), 900m, "USD", true, false);
            var claim = Assert.IsType<ClaimView>((await claims.CreateAsync(owner, draft, default)).Value);
            foreach (var kind in new[] { EvidenceKind.CoreRequirementDocumentation, EvidenceKind.VendorInvoice, EvidenceKind.ProofOfExecution })
            {
                var evidence = new NewEvidence(kind, EvidenceSource.OneDrive, kind + ".pdf", 2048, "application/pdf", "drive-1", "item-" + kind, new Uri("https://contoso.sharepoint.com/x/" + kind + ".pdf"), "etag", "qxh==", "sha-" + kind + "-" + claim.Id.ToString("N"));
                claim = Assert.IsType<ClaimView>((await claims.AddEvidenceAsync(owner, claim.Id, claim.Version, evidence, default)).Value);
            }

            if (target != ClaimStatus.Draft)
            {
                // "Ready" waits for the evidence review of the last change (it runs in the background).
                claim = await Conversation.Review.ReviewedClaims.WaitAsync(claims, owner, claim.Id);
                var ready = await claims.ChangeStatusAsync(owner, claim.Id, claim.Version, ClaimStatus.Ready, null, default);
                Assert.True(ready.IsOk, $"ready refused: {ready.Outcome} {ready.Code} {ready.Transition?.Code}; findings: {string.Join(", ", claim.Review!.Findings.Select(f => f.Code + "/" + f.Severity))}");
                claim = ready.Value!;
            }

            if (target == ClaimStatus.AdditionalDocumentationRequested)
            {
                claim = Assert.IsType<ClaimView>((await claims.RecordSubmittedInPartnerCenterAsync(owner, claim.Id, claim.Version, default)).Value);
                var request = new NewDocumentationRequest(new(2026, 11, 20), new(2026, 12, 20), "Signed attendee list");
                claim = Assert.IsType<ClaimView>((await claims.RecordDocumentationRequestAsync(owner, claim.Id, claim.Version, request, default)).Value);
            }

            Assert.Equal(target, claim.Status);
            result.Add(claim);
        }

        return result;
    }

    /// <summary>The data of every button and fallback the real cards carry, merged per verb (its keys, with sample values).</summary>
    private static Dictionary<string, JsonObject> CardDataByVerb()
    {
        var byVerb = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (var (_, card) in VerbCoverageTests.Cards())
        {
            foreach (var (verb, data) in Actions(card))
            {
                var merged = byVerb.TryGetValue(verb, out var existing) ? existing : byVerb[verb] = [];
                foreach (var (key, value) in data)
                {
                    merged[key] ??= value?.DeepClone();
                }
            }
        }

        return byVerb;
    }

    private static IEnumerable<(string Verb, JsonObject Data)> Actions(JsonNode? node) => node switch
    {
        JsonObject o => (o["type"]?.GetValue<string>() switch
        {
            "Action.Execute" when o["verb"]?.GetValue<string>() is { } verb => [(verb, o["data"] as JsonObject ?? [])],
            "Action.Submit" when o["data"]?["verb"]?.GetValue<string>() is { } verb => [(verb, (JsonObject)o["data"]!)],
            _ => Enumerable.Empty<(string, JsonObject)>(),
        }).Concat(o.SelectMany(p => Actions(p.Value))),
        JsonArray a => a.SelectMany(Actions),
        _ => [],
    };

    /// <summary>The card's data for the verb with every claim reference pointing at <paramref name="claim"/> (at its current version,
    /// so only the ownership check stands in the way), and a filled-in form for the verbs that take one.</summary>
    private static JsonObject HostileData(JsonObject? cardData, ClaimView claim)
    {
        var data = ClaimConversation.ValidForm("Hijacked");
        foreach (var (key, value) in cardData ?? [])
        {
            data[key] = value?.DeepClone();
        }

        data["claimId"] = claim.Id.ToString("D");
        data["claimVersion"] = claim.Version;
        data[ClaimFields.RequestText] = "Hijacked request";
        data["request.requestedOn"] = "2026-11-20";
        data["partnerCenterClaimId"] = "HIJACK1";
        if (claim.DocumentationRequests is [var request, ..])
        {
            data["requestId"] = request.Id.ToString("D");
        }

        return data;
    }

    /// <summary>Every row of every table of the host's database that mentions one of <paramref name="markers"/> (their claim ids,
    /// their user or tenant), as text: a row added, changed or removed for them shows as a difference.</summary>
    private async Task<List<string>> SnapshotAsync(IReadOnlyList<string> markers)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(fixture.Host.DataDirectory, "coopassistant.db")};Mode=ReadOnly");
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var rows = new List<string>();
        foreach (var table in tables)
        {
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var row = new StringBuilder(table).Append(':');
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    var value = reader.GetValue(i);
                    row.Append(reader.GetName(i)).Append('=')
                        .Append(value is byte[] bytes ? Convert.ToBase64String(bytes) : Convert.ToString(value, CultureInfo.InvariantCulture)).Append(';');
                }

                var text = row.ToString();
                if (markers.Any(m => text.Contains(m, StringComparison.OrdinalIgnoreCase)))
                {
                    rows.Add(text);
                }
            }
        }

        rows.Sort(StringComparer.Ordinal);
        return rows;
    }
}
