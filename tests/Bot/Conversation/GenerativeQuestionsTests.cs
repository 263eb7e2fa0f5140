using System.Text.Json.Nodes;
using CoopAssistant.Bot.Answers.Generative;
using CoopAssistant.Bot.Tests.Answers.Generative;
using CoopAssistant.Bot.Tests.Hosting;
using CoopAssistant.TestKit;
using CoopAssistant.TestKit.App.Hosting;
using CoopAssistant.TestKit.AzureOpenAI;
using CoopAssistant.TestKit.Channel;
using CoopAssistant.TestKit.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CoopAssistant.Bot.Tests.Conversation;

/// <summary>
/// The real host with the generative mode configured against the fake Azure OpenAI: a question the ranking cannot place is
/// answered with the passage the model picks, on a card that says so; a throttled model leaves the honest "I don't know".
/// </summary>
public sealed class GenerativeQuestionsTests : IAsyncLifetime
{
    private const string Question = "tenant GA wants to press submit himself, ok?";

    private FakeAzureOpenAIServer model = null!;
    private FakeTeamsChannel channel = null!;
    private BotHostFactory host = null!;

    public async Task InitializeAsync()
    {
        model = await FakeAzureOpenAIServer.StartAsync();
        channel = await FakeTeamsChannel.StartAsync("_connector");
        var settings = new Dictionary<string, string?>
        {
            ["Answers:AzureOpenAI:Endpoint"] = model.Endpoint.ToString(),
            ["Answers:AzureOpenAI:ChatDeployment"] = "chat",
            ["Answers:AzureOpenAI:ApiKey"] = "fake-key-1",
        };
        host = new BotHostFactory(channel, settings: settings, services: services =>
            services.AddHttpClient(AzureOpenAIChatClients.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => model.TrustingHandler()));
        host.StartServer();
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await channel.DisposeAsync();
        await model.DisposeWithinAsync(TimeSpan.FromSeconds(30), "fake Azure OpenAI");
    }

    [Fact]
    public async Task A_question_the_ranking_cannot_place_is_answered_with_the_passage_the_model_picks()
    {
        model.Model = request => FakeModelReply.Say(AzureOpenAIHarness.NumberOf(request, "Who can file and submit"));

        var card = await AskAsync(Question);

        var json = card.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        Assert.Contains("Chosen by an AI model", json, StringComparison.Ordinal);
        Assert.Contains("Who can file and submit", json, StringComparison.Ordinal);
        Assert.Contains("learn.microsoft.com", json, StringComparison.Ordinal);
        Assert.Single(model.Requests);
        await CardAssert.ValidAsync("answer picked by the model", card);
    }

    [Fact]
    public async Task Feedback_on_a_picked_answer_redraws_the_picked_passage_with_its_note()
    {
        // A later passage of its article: the card after the vote used to fall back to the first passage of the article.
        model.Model = request => FakeModelReply.Say(AzureOpenAIHarness.NumberOf(request, "cannot be edited unless a reviewer asks"));
        var card = await AskAsync(Question);
        Assert.Contains("cannot be edited unless a reviewer asks", card.ToJsonString(), StringComparison.Ordinal);
        var helpful = card["actions"]!.AsArray().OfType<JsonObject>().First(a => a["data"]?["vote"]?.GetValue<string>() == "up");
        model.Model = _ => FakeModelReply.Say("0"); // asked again, the model would not pick it: the card must not depend on that

        using var response = await host.PostActivityAsync(Activities.CardAction(channel.ServiceUrl, "answer.feedback", (JsonObject)helpful["data"]!.DeepClone()));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        var json = body["value"]!.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        Assert.Contains("feedback was recorded", json, StringComparison.Ordinal);
        Assert.Contains("cannot be edited unless a reviewer asks", json, StringComparison.Ordinal);
        Assert.Contains("Chosen by an AI model", json, StringComparison.Ordinal);
        await CardAssert.ValidAsync("picked answer after feedback", body["value"]!);
    }

    [Fact]
    public async Task A_throttled_model_leaves_the_honest_i_dont_know()
    {
        model.Model = _ => FakeModelReply.Throttled();

        var card = await AskAsync(Question);

        var json = card.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        Assert.Contains("I don't know that one", json, StringComparison.Ordinal);
        Assert.DoesNotContain("429", json, StringComparison.Ordinal);
        await CardAssert.ValidAsync("unknown after a throttled model", card);
    }

    private async Task<JsonObject> AskAsync(string question)
    {
        var before = channel.Received.Count;
        using var response = await host.PostActivityAsync(Activities.Message(channel.ServiceUrl, question, "en-US"));
        var received = await channel.WaitForAsync(r => r.Skip(before).Any(a => a.Cards.Any()));
        Assert.Equal("typing", received[before].Type); // the model takes seconds: typing at once
        return Assert.Single(received.Skip(before).First(a => a.Cards.Any()).Cards);
    }
}
