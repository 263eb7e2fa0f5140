using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Tests.Hosting;
using System.Text.Json.Nodes;
using CoopAssistant.Claims.Validation;

namespace CoopAssistant.Bot.Tests.Conversation.Claims;

/// <summary>Issue #20 (Rules 7): the new-claim form is checked in one pass, over the real messaging endpoint, and every error
/// is shown beside its field in the same reply.</summary>
public sealed class FormErrorsAtOnceTests(AuthenticatedHostFixture fixture) : IClassFixture<AuthenticatedHostFixture>
{
    [Fact]
    public async Task NewClaimForm_ShowsEveryError_InOneReply()
    {
        var chat = new ClaimConversation(fixture.Host, fixture.Channel, "a:form-errors-at-once");
        var form = await chat.SendTextAsync("New claim");

        var values = ClaimConversation.ValidForm(string.Empty);
        values[ClaimFields.UsageStart] = "2026-07-01";
        values[ClaimFields.UsageEnd] = "2026-06-01";
        values[ClaimFields.Amount] = "-5";
        var reply = ClaimConversation.Json(await chat.PressAsync(form, CardVerbs.ClaimCreate, values));

        Assert.Contains("\"id\":\"title.error\"", reply, StringComparison.Ordinal);
        Assert.Contains("\"id\":\"usageEnd.error\"", reply, StringComparison.Ordinal);
        Assert.Contains("\"id\":\"amount.error\"", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewClaimForm_DoesNotInventErrors_ForFieldsThatDidNotParse()
    {
        var chat = new ClaimConversation(fixture.Host, fixture.Channel, "a:form-errors-stand-ins");
        var form = await chat.SendTextAsync("New claim");

        // Only the usage start is missing: the usage end is not reported as "before its start" against a stand-in.
        var values = ClaimConversation.ValidForm("Security webinar");
        values[ClaimFields.UsageStart] = string.Empty;
        var reply = ClaimConversation.Json(await chat.PressAsync(form, CardVerbs.ClaimCreate, values));

        Assert.Contains("\"id\":\"usageStart.error\"", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("\"id\":\"usageEnd.error\"", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("\"id\":\"amount.error\"", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewClaimForm_AsksTheCostBasisWithNoDefault_AndNeedsOneYes()
    {
        var chat = new ClaimConversation(fixture.Host, fixture.Channel, "a:form-cost-basis");
        var form = await chat.SendTextAsync("New claim");
        foreach (var id in new[] { "vendorsUsed", "inHouseWork" })
        {
            var input = Assert.Single(Inputs(form), i => i["id"]?.GetValue<string>() == id);
            Assert.Equal("Input.ChoiceSet", input["type"]!.GetValue<string>());
            Assert.Null(input["value"]); // no default answer
        }

        // Unanswered: each question says so, beside it.
        var unanswered = ClaimConversation.ValidForm("Cost basis unanswered");
        unanswered.Remove("vendorsUsed");
        unanswered.Remove("inHouseWork");
        var reply = ClaimConversation.Json(await chat.PressAsync(form, CardVerbs.ClaimCreate, unanswered));
        Assert.Contains("\"id\":\"vendorsUsed.error\"", reply, StringComparison.Ordinal);
        Assert.Contains("\"id\":\"inHouseWork.error\"", reply, StringComparison.Ordinal);

        // Both no: refused, nothing created.
        var neither = ClaimConversation.ValidForm("Cost basis neither");
        neither["vendorsUsed"] = "false";
        neither["inHouseWork"] = "false";
        reply = ClaimConversation.Json(await chat.PressAsync(form, CardVerbs.ClaimCreate, neither));
        Assert.Contains("\"id\":\"vendorsUsed.error\"", reply, StringComparison.Ordinal);
        Assert.Contains("at least one must be yes", reply, StringComparison.Ordinal);
        Assert.DoesNotContain(await chat.Claims.ListMineAsync(ClaimConversation.User, 200, default), c => c.Title == "Cost basis neither");
    }

    private static IEnumerable<JsonObject> Inputs(JsonNode? node) => node switch
    {
        JsonObject o when o["id"] is not null && o["type"]?.GetValue<string>() is { } type && type.StartsWith("Input.", StringComparison.Ordinal) => [o],
        JsonObject o => o.SelectMany(p => Inputs(p.Value)),
        JsonArray a => a.SelectMany(Inputs),
        _ => [],
    };
}
