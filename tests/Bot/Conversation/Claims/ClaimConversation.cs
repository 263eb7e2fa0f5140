using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using CoopAssistant.Bot.Tests.Hosting;
using CoopAssistant.Claims.Access;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Services;
using CoopAssistant.Claims.Validation;
using CoopAssistant.TestKit.Channel;
using Microsoft.Extensions.DependencyInjection;
using CoopAssistant.TestKit.App.Hosting;

namespace CoopAssistant.Bot.Tests.Conversation.Claims;

/// <summary>Drives one conversation of the real host over HTTP: typed messages (answered through the fake channel) and card actions (answered in the invoke response).</summary>
internal sealed class ClaimConversation(BotHostFactory host, FakeTeamsChannel channel, string conversationId, string locale = "en-US")
{
    public static ClaimsCaller User { get; } = new(BotHostFactory.TenantId, BotHostFactory.UserObjectId, "Alex Wilber", false);

    public IClaimService Claims => host.Services.GetRequiredService<IClaimService>();

    public async Task<JsonObject> SendTextAsync(string text)
    {
        var activity = Activities.Message(channel.ServiceUrl, text, locale);
        activity["conversation"]!["id"] = conversationId;
        var id = activity["id"]!.GetValue<string>();
        using var response = await host.PostActivityAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var received = await channel.WaitForAsync(r => r.Any(a => a.ReplyToId == id));
        return Assert.Single(received.Single(a => a.ReplyToId == id).Cards);
    }

    public async Task<JsonObject> InvokeAsync(string verb, JsonObject data)
    {
        data["verb"] = verb;
        var activity = Activities.CardAction(channel.ServiceUrl, verb, data, locale);
        activity["conversation"]!["id"] = conversationId;
        using var response = await host.PostActivityAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(200, body["statusCode"]!.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.card.adaptive", body["type"]!.GetValue<string>());
        return body["value"]!.AsObject();
    }

    /// <summary>Presses the button with <paramref name="verb"/> on <paramref name="card"/>, with the inputs filled in.</summary>
    public Task<JsonObject> PressAsync(JsonObject card, string verb, JsonObject? inputs = null)
    {
        var data = ActionData(card, verb);
        foreach (var (key, value) in inputs ?? [])
        {
            data[key] = value?.DeepClone();
        }

        return InvokeAsync(verb, data);
    }

    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The card as JSON with non-ASCII text as is (for assertions on ç, →, ✓).</summary>
    public static string Json(JsonNode card) => card.ToJsonString(Readable);

    public static JsonObject ActionData(JsonObject card, string verb)
    {
        var action = AllActions(card).First(a => a["verb"]?.GetValue<string>() == verb);
        return action["data"]!.DeepClone().AsObject();
    }

    /// <summary>The card's buttons: its own row first, then those of action sets in its body.</summary>
    public static IEnumerable<JsonObject> AllActions(JsonObject card) =>
        (card["actions"] as JsonArray ?? []).OfType<JsonObject>().Concat(BodyActions(card["body"]));

    private static IEnumerable<JsonObject> BodyActions(JsonNode? node) => node switch
    {
        JsonArray array => array.SelectMany(BodyActions),
        JsonObject { } o when o["type"]?.GetValue<string>() == "ActionSet" => (o["actions"] as JsonArray ?? []).OfType<JsonObject>(),
        JsonObject o => BodyActions(o["items"]).Concat(BodyActions(o["columns"])),
        _ => [],
    };

    public static Uri PackageUrl(JsonObject card) =>
        new(AllActions(card).First(a => a["type"]!.GetValue<string>() == "Action.OpenUrl" && a["url"]!.GetValue<string>().Contains("/claims/package", StringComparison.Ordinal))["url"]!.GetValue<string>());

    public static JsonObject ValidForm(string title) => new()
    {
        [ClaimFields.Program] = nameof(ClaimProgram.PartnerCoop),
        [ClaimFields.ActivityType] = nameof(ActivityType.Seminar),
        [ClaimFields.Title] = title,
        [ClaimFields.UsageStart] = "2026-07-01",
        [ClaimFields.UsageEnd] = "2026-12-31",
        [ClaimFields.ActivityDate] = "2026-09-15",
        [ClaimFields.Amount] = "1500.50",
        [ClaimFields.Currency] = "USD",
        ["vendorsUsed"] = "true",
        ["inHouseWork"] = "false",
    };

    public async Task<ClaimView> CreateDirectlyAsync(ClaimsCaller caller, string title)
    {
        var result = await Claims.CreateAsync(
            caller,
            new ClaimDraft(ClaimProgram.PartnerCoop, ActivityType.Seminar, title, new(2026, 7, 1), new(2026, 12, 31), new(2026, 9, 15), 900m, "USD", false, true),
            default);
        return Assert.IsType<ClaimView>(result.Value);
    }

    /// <summary>The claim once its evidence review has caught up with its last change (the review runs in the background).</summary>
    public async Task<ClaimView> WaitForReviewAsync(ClaimsCaller caller, Guid id)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var claim = await ReadAsync(caller, id);
            if (claim.Review is { IsPending: false, HasResult: true })
            {
                return claim;
            }

            Assert.True(DateTime.UtcNow < deadline, "The evidence review did not finish within 30 seconds.");
            await Task.Delay(50);
        }
    }

    public async Task<ClaimView> ReadAsync(ClaimsCaller caller, Guid id)
    {
        var result = await Claims.GetAsync(caller, id, default);
        return Assert.IsType<ClaimView>(result.Value);
    }
}
