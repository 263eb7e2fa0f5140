using System.Text.Json.Nodes;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Conversation.Commands;
using CoopAssistant.Bot.Tests.Cards;
using CoopAssistant.Bot.Tests.Conversation.Claims;
using CoopAssistant.Bot.Tests.Hosting;
using CoopAssistant.Bot.Tests.Reminders;
using CoopAssistant.TestKit.Channel;
using Microsoft.Extensions.DependencyInjection;
using CoopAssistant.TestKit.App.Hosting;

namespace CoopAssistant.Bot.Tests.Conversation;

/// <summary>No dead buttons: every verb a card can carry is answered by a command the running host registered.</summary>
public sealed class VerbCoverageTests
{
    internal static IEnumerable<(string Name, JsonNode Card)> Cards() =>
        SampleCards.AllAsJson()
            .Concat(ClaimCardCatalogTests.AllCards().Select(c => (c.Name, (JsonNode)c.Card.ToJsonObject())))
            .Concat(ReminderCardTests.AllCards());

    /// <summary>The verbs of every <c>Action.Execute</c> and of every <c>Action.Submit</c> fallback's data, anywhere in the card.</summary>
    internal static IEnumerable<string> Verbs(JsonNode? node) => node switch
    {
        JsonObject o => (o["type"]?.GetValue<string>() switch
        {
            "Action.Execute" => o["verb"]?.GetValue<string>(),
            "Action.Submit" => o["data"]?["verb"]?.GetValue<string>(),
            _ => null,
        } is { } verb ? [verb] : Enumerable.Empty<string>()).Concat(o.SelectMany(p => Verbs(p.Value))),
        JsonArray a => a.SelectMany(Verbs),
        _ => [],
    };

    [Fact]
    public async Task EveryVerbOnEveryCard_IsHandledByARegisteredCommand()
    {
        await using var channel = await FakeTeamsChannel.StartAsync();
        await using var host = new BotHostFactory(channel);
        var dispatcher = host.Services.GetRequiredService<CommandDispatcher>();

        var verbs = Cards().SelectMany(c => Verbs(c.Card).Select(v => (c.Name, Verb: v))).ToList();

        Assert.True(verbs.Select(v => v.Verb).Distinct().Count() >= 15, string.Join(", ", verbs.Select(v => v.Verb).Distinct()));
        Assert.All(verbs, v => Assert.True(dispatcher.FindByVerb(v.Verb) is not null, $"'{v.Verb}' on card {v.Name} has no command"));
        Assert.All(verbs, v => Assert.True(CardVerbs.All.Contains(v.Verb), $"'{v.Verb}' on card {v.Name} is not in CardVerbs.All"));
    }

    [Fact]
    public async Task CardVerbs_ListsEveryRegisteredCommandsVerb_AndEachHasACommand()
    {
        await using var channel = await FakeTeamsChannel.StartAsync();
        await using var host = new BotHostFactory(channel);
        var dispatcher = host.Services.GetRequiredService<CommandDispatcher>();
        var registered = host.Services.GetServices<IBotCommand>().Select(c => c.Verb).ToList();

        Assert.Equal(CardVerbs.All.Count, CardVerbs.All.Distinct(StringComparer.Ordinal).Count());
        Assert.All(registered, verb => Assert.True(CardVerbs.All.Contains(verb), $"the command verb '{verb}' is defined outside CardVerbs"));
        Assert.All(CardVerbs.All, verb => Assert.True(dispatcher.FindByVerb(verb) is not null, $"CardVerbs.{verb} has no command"));
    }

    [Fact]
    public void Verbs_FindsExecuteVerbsAndSubmitFallbacksAtAnyDepth()
    {
        var card = JsonNode.Parse("""
            {"body":[{"type":"ActionSet","actions":[{"type":"Action.Execute","verb":"a","fallback":{"type":"Action.Submit","data":{"verb":"b"}}}]}],
             "actions":[{"type":"Action.OpenUrl","url":"https://x"},{"type":"Action.ShowCard","card":{"actions":[{"type":"Action.Execute","verb":"c"}]}}]}
            """);

        Assert.Equal(["a", "b", "c"], Verbs(card).Order());
    }
}
