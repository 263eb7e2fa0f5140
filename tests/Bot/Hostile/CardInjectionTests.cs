using System.Text.Json.Nodes;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Tests.Conversation.Claims;
using CoopAssistant.Bot.Tests.Hosting;
using CoopAssistant.TestKit;

namespace CoopAssistant.Bot.Tests.Hostile;

/// <summary>Markdown links, mentions, HTML, text functions and autolinks typed by a user come back in cards as inert text:
/// in the claim card, the claim list and the "did not understand" card.</summary>
public sealed class CardInjectionTests(AuthenticatedHostFixture fixture) : IClassFixture<AuthenticatedHostFixture>
{
    private const string HostileTitle = "[Pay here](https://evil.example/p) <at>All</at> <b>x</b> **now** {{DATE(2017-02-14T06:08:39Z, SHORT)}} a@evil.example";

    private static readonly string[] Forbidden =
    [
        "](", "<at>", "<b>", "<script", "<img", "**", "{{", "https://evil", "evil.example", "a@evil", "\u202E", "\n#", "\n-",
    ];

    [Fact]
    public async Task AHostileClaimTitle_IsInertInTheClaimCardAndTheList()
    {
        var chat = new ClaimConversation(fixture.Host, fixture.Channel, "a:injection-title");
        var form = await chat.SendTextAsync("new claim");
        var claimCard = await chat.PressAsync(form, CardVerbs.ClaimCreate, ClaimConversation.ValidForm(HostileTitle));
        Assert.Contains("Claim created.", ClaimConversation.Json(claimCard), StringComparison.Ordinal);
        var list = await chat.SendTextAsync("my claims");

        AssertInert(claimCard, "Pay here");
        AssertInert(list, "Pay here");
        await CardAssert.AllValidAsync([("claim card", claimCard), ("list", list)]);
    }

    [Fact]
    public async Task AHostileVerbInAnActionSubmit_IsQuotedInertInTheNotUnderstoodCard()
    {
        var activity = Activities.Message(fixture.Channel.ServiceUrl, "");
        activity["conversation"]!["id"] = "a:injection-verb";
        activity["value"] = new JsonObject { ["verb"] = "zzqx <script>alert(1)</script><img src=x onerror=alert(1)> [click](https://evil.example) \u202Eexe.fdp\n# Heading\n- item" };
        var id = activity["id"]!.GetValue<string>();

        using var response = await fixture.Host.PostActivityAsync(activity);

        var reply = Assert.Single(await fixture.Channel.WaitForAsync(r => r.Any(a => a.ReplyToId == id)), a => a.ReplyToId == id);
        var card = Assert.Single(reply.Cards);
        AssertInert(card, "zzqx");
        await CardAssert.ValidAsync("not understood", card);
    }

    /// <summary>Every string the client renders as markdown (TextBlock and TextRun text, fact titles and values) is inert,
    /// and the visible words are still there.</summary>
    private static void AssertInert(JsonObject card, string visible)
    {
        var rendered = Rendered(card).ToList();
        Assert.Contains(rendered, t => Plain(t).Contains(visible, StringComparison.Ordinal));
        foreach (var text in rendered)
        {
            foreach (var forbidden in Forbidden)
            {
                Assert.False(text.Contains(forbidden, StringComparison.OrdinalIgnoreCase), $"rendered text contains \"{forbidden}\": {text}");
            }
        }

        foreach (var url in Urls(card))
        {
            Assert.DoesNotContain("evil", url, StringComparison.OrdinalIgnoreCase);
        }
    }

    private static string Plain(string text) => text.Replace("\u200B", "", StringComparison.Ordinal).Replace("\u2060", "", StringComparison.Ordinal);

    private static IEnumerable<string> Rendered(JsonNode? node)
    {
        if (node is JsonArray array)
        {
            foreach (var item in array)
            {
                foreach (var text in Rendered(item))
                {
                    yield return text;
                }
            }
        }
        else if (node is JsonObject obj)
        {
            var type = obj["type"]?.GetValue<string>();
            if (type is "TextBlock" or "TextRun" && obj["text"]?.GetValue<string>() is { } text)
            {
                yield return text;
            }

            if (obj.ContainsKey("title") && obj.ContainsKey("value") && type is null && obj["value"] is JsonValue { } value && value.TryGetValue<string>(out var factValue))
            {
                yield return obj["title"]!.GetValue<string>();
                yield return factValue;
            }

            foreach (var (key, child) in obj)
            {
                if (key is not "data" and not "choices")
                {
                    foreach (var text2 in Rendered(child))
                    {
                        yield return text2;
                    }
                }
            }
        }
    }

    private static IEnumerable<string> Urls(JsonNode? node) => node switch
    {
        JsonArray array => array.SelectMany(Urls),
        JsonObject obj => obj.Where(p => p.Key is "url" or "selectAction").Select(p => p.Value?.ToJsonString() ?? "")
            .Concat(obj.Select(p => p.Value).SelectMany(Urls)),
        _ => [],
    };
}
