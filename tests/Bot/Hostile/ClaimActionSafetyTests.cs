using System.Text.Json.Nodes;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Tests.Conversation.Claims;
using CoopAssistant.Bot.Tests.Hosting;
using CoopAssistant.Claims.Access;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Validation;
using CoopAssistant.TestKit;
using CoopAssistant.TestKit.App.Hosting;

namespace CoopAssistant.Bot.Tests.Hostile;

/// <summary>Stale cards, double clicks and someone else's claim id: refused with a clear card, and the database proves nothing changed.</summary>
public sealed class ClaimActionSafetyTests(AuthenticatedHostFixture fixture) : IClassFixture<AuthenticatedHostFixture>
{
    private static readonly string[] ChangingVerbs = [CardVerbs.ClaimReady, CardVerbs.ClaimSubmit, CardVerbs.ClaimEdit, CardVerbs.ClaimUpdate, CardVerbs.ClaimDocumentationRequested, CardVerbs.EvidenceAttach];

    [Fact]
    public async Task AStaleCard_GetsTheCurrentCardAndANote_AndChangesNothing()
    {
        var chat = new ClaimConversation(fixture.Host, fixture.Channel, "a:safety-stale");
        var claim = await chat.CreateDirectlyAsync(ClaimConversation.User, "Stale card claim");
        var card = await chat.InvokeAsync(CardVerbs.ClaimStatus, new JsonObject { ["claimId"] = claim.Id.ToString("D"), ["claimVersion"] = claim.Version });

        // Someone changes the claim after the card was sent.
        var changed = await chat.Claims.UpdateAsync(
            ClaimConversation.User, claim.Id, claim.Version,
            new ClaimDraft(ClaimProgram.PartnerCoop, ActivityType.Seminar, "Renamed claim", new(2026, 7, 1), new(2026, 12, 31), new(2026, 9, 15), 900m, "USD", false, false),
            default);
        var current = Assert.IsType<CoopAssistant.Claims.Services.ClaimView>(changed.Value);

        var edit = await chat.PressAsync(card, CardVerbs.ClaimEdit);
        var form = await chat.InvokeAsync(CardVerbs.ClaimEdit, new JsonObject { ["claimId"] = claim.Id.ToString("D"), ["claimVersion"] = current.Version });
        var inputs = ClaimConversation.ValidForm("Third name");
        inputs["claimVersion"] = claim.Version;
        var update = await chat.PressAsync(form, CardVerbs.ClaimUpdate, inputs);

        foreach (var answer in new[] { edit, update })
        {
            Assert.Contains("This card was out of date", ClaimConversation.Json(answer), StringComparison.Ordinal);
            Assert.Contains("Renamed claim", ClaimConversation.Json(answer), StringComparison.Ordinal);
        }

        var after = await chat.ReadAsync(ClaimConversation.User, claim.Id);
        Assert.Equal(current.Version, after.Version);
        Assert.Equal("Renamed claim", after.Title);
        await CardAssert.AllValidAsync([("stale edit", edit), ("stale update", update)]);
    }

    /// <summary>Found by the fuzz test (seed 31684567): a reminder button whose claim id is not a string (an array, a number) or
    /// whose version is not a whole number threw while reading it, and the turn failed with 500.</summary>
    [Theory]
    [InlineData(CardVerbs.ReminderSnooze)]
    [InlineData(CardVerbs.ReminderAlreadySubmitted)]
    public async Task AReminderButton_WithAClaimIdOrVersionOfTheWrongType_IsAnsweredWithACard_AndChangesNothing(string verb)
    {
        var chat = new ClaimConversation(fixture.Host, fixture.Channel, "a:safety-reminder-types-" + verb);
        var claim = await chat.CreateDirectlyAsync(ClaimConversation.User, "Reminder types claim");
        // A claim id that is not a GUID string names no claim: a card, and the claim is untouched.
        foreach (var data in new[]
        {
            new JsonObject { ["claimId"] = new JsonArray(claim.Id.ToString("D")), ["claimVersion"] = claim.Version },
            new JsonObject { ["claimId"] = 42, ["claimVersion"] = claim.Version },
        })
        {
            Assert.Contains("AdaptiveCard", ClaimConversation.Json(await chat.InvokeAsync(verb, data)), StringComparison.Ordinal);
        }

        var after = await chat.ReadAsync(ClaimConversation.User, claim.Id);
        Assert.Equal((claim.Status, claim.Version), (after.Status, after.Version));

        // A version that is not a whole number reads as no version: still a card, never a failed turn.
        foreach (var version in new JsonNode[] { 1.5, new JsonObject() })
        {
            var data = new JsonObject { ["claimId"] = claim.Id.ToString("D"), ["claimVersion"] = version };
            Assert.Contains("AdaptiveCard", ClaimConversation.Json(await chat.InvokeAsync(verb, data)), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task TheSameFormSubmittedTwiceAtOnce_CreatesOneClaim()
    {
        var chat = new ClaimConversation(fixture.Host, fixture.Channel, "a:safety-double-create");
        var form = await chat.SendTextAsync("new claim");
        var before = (await chat.Claims.ListMineAsync(ClaimConversation.User, 100, default)).Count;

        var answers = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => chat.PressAsync(form, CardVerbs.ClaimCreate, ClaimConversation.ValidForm("Double click claim"))));

        var mine = await chat.Claims.ListMineAsync(ClaimConversation.User, 100, default);
        Assert.Equal(before + 1, mine.Count);
        Assert.Single(mine, c => c.Title == "Double click claim");
        Assert.All(answers, a => Assert.Contains("Claim created.", ClaimConversation.Json(a), StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReadyClickedTwiceAtOnce_ChangesTheStatusOnce_AndBothShowTheSteps()
    {
        var chat = new ClaimConversation(fixture.Host, fixture.Channel, "a:safety-double-ready");
        var claim = await chat.CreateDirectlyAsync(ClaimConversation.User, "Double ready claim");
        var version = claim.Version;
        // A cost basis too (the evidence review wants one), and "ready" waits for the review of the last change.
        foreach (var kind in new[] { EvidenceKind.CoreRequirementDocumentation, EvidenceKind.CertificationStatement, EvidenceKind.ProofOfExecution, EvidenceKind.VendorInvoice })
        {
            var added = await chat.Claims.AddEvidenceAsync(ClaimConversation.User, claim.Id, version, new NewEvidence(kind, EvidenceSource.TeamsUpload, kind + ".pdf", 10, "application/pdf"), default);
            version = added.Value!.Version;
        }

        await chat.WaitForReviewAsync(ClaimConversation.User, claim.Id);

        var data = new JsonObject { ["claimId"] = claim.Id.ToString("D"), ["claimVersion"] = version };
        var answers = await Task.WhenAll(chat.InvokeAsync(CardVerbs.ClaimReady, data.DeepClone().AsObject()), chat.InvokeAsync(CardVerbs.ClaimReady, data.DeepClone().AsObject()));

        Assert.All(answers, a => Assert.Contains("Create a claim", ClaimConversation.Json(a), StringComparison.Ordinal));
        var after = await chat.ReadAsync(ClaimConversation.User, claim.Id);
        Assert.Equal(ClaimStatus.Ready, after.Status);
        Assert.Equal(version + 1, after.Version);

        // And "mark submitted" twice: submitted once, both answers say so.
        var submit = new JsonObject { ["claimId"] = claim.Id.ToString("D"), ["claimVersion"] = after.Version };
        var submitted = await Task.WhenAll(chat.InvokeAsync(CardVerbs.ClaimSubmit, submit.DeepClone().AsObject()), chat.InvokeAsync(CardVerbs.ClaimSubmit, submit.DeepClone().AsObject()));
        Assert.All(submitted, a => Assert.Contains("Marked as submitted", ClaimConversation.Json(a), StringComparison.Ordinal));
        var final = await chat.ReadAsync(ClaimConversation.User, claim.Id);
        Assert.Equal(ClaimStatus.Submitted, final.Status);
        Assert.Equal(after.Version + 1, final.Version);
    }

    [Theory]
    [InlineData("another user")]
    [InlineData("another tenant")]
    public async Task SomeoneElsesClaimId_IsNotFound_AndNothingChanges(string whose)
    {
        var chat = new ClaimConversation(fixture.Host, fixture.Channel, "a:safety-" + whose.Replace(' ', '-'));
        var owner = whose == "another user"
            ? new ClaimsCaller(BotHostFactory.TenantId, "other-user-object-id", "Other", false)
            : new ClaimsCaller("other-tenant-id", BotHostFactory.UserObjectId, "Same id, other tenant", true);
        var claim = await chat.CreateDirectlyAsync(owner, "Not yours");

        var answers = new List<(string, JsonNode)>();
        foreach (var verb in ChangingVerbs.Append(CardVerbs.ClaimStatus).Append(CardVerbs.ClaimRefresh).Append(CardVerbs.ClaimCancel))
        {
            var data = ClaimConversation.ValidForm("Hijacked");
            data["claimId"] = claim.Id.ToString("D");
            data["claimVersion"] = claim.Version;
            data["step"] = "record";
            data[ClaimFields.RequestText] = "x";
            data["request.requestedOn"] = "2026-11-20";
            data["partnerCenterClaimId"] = "X1";
            var answer = await chat.InvokeAsync(verb, data);
            answers.Add((verb, answer));
            if (verb != CardVerbs.ClaimCancel)
            {
                Assert.Contains("Claim not found", ClaimConversation.Json(answer), StringComparison.Ordinal);
            }

            Assert.DoesNotContain("Not yours", ClaimConversation.Json(answer), StringComparison.Ordinal);
        }

        var after = await chat.ReadAsync(owner, claim.Id);
        Assert.Equal(claim.Version, after.Version);
        Assert.Equal("Not yours", after.Title);
        Assert.Equal(ClaimStatus.Draft, after.Status);
        await CardAssert.AllValidAsync(answers);
    }
}
