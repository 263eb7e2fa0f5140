using System.Text.Json.Nodes;
using CoopAssistant.Bot.Tests.Hosting;
using CoopAssistant.Claims.Feedback;
using CoopAssistant.TestKit;
using Microsoft.Extensions.DependencyInjection;
using CoopAssistant.TestKit.App.Hosting;

namespace CoopAssistant.Bot.Tests.Conversation;

/// <summary>Questions about the rules over real HTTP: an answer with its source, "I don't know", topics, feedback stored.</summary>
public sealed class QuestionsTests(LocalHostFixture fixture) : IClassFixture<LocalHostFixture>
{
    [Theory]
    [InlineData("o que preciso anexar para uma feira?", "pt-BR", "Fonte")]
    [InlineData("how many days do I have to submit a claim after the usage period?", "en-US", "Source")]
    public async Task Question_IsAnsweredWithAPassageAndItsSource(string question, string locale, string sourceLabel)
    {
        var card = await AskAsync(question, locale);

        var json = Json(card);
        Assert.Contains(sourceLabel, json, StringComparison.Ordinal);
        Assert.Contains("learn.microsoft.com", json, StringComparison.Ordinal);
        Assert.Contains(QuestionVerb("answer.feedback"), json, StringComparison.Ordinal);
        await CardAssert.ValidAsync($"answer ({locale})", card);
    }

    [Theory]
    [InlineData("what's the weather in Lisbon tomorrow?", "en-US", "I don't know that one")]
    [InlineData("qual é a capital da França?", "pt-BR", "Não sei responder isso")]
    public async Task QuestionOutsideTheRules_GetsAnHonestIDontKnow_WithTheTopics(string question, string locale, string title)
    {
        var card = await AskAsync(question, locale);

        Assert.Contains(title, Json(card), StringComparison.Ordinal);
        Assert.Contains("Input.ChoiceSet", Json(card), StringComparison.Ordinal);
        await CardAssert.ValidAsync($"unknown ({locale})", card);
    }

    [Fact]
    public async Task TopicButton_ShowsTheWholeArticle_InPlace()
    {
        var answer = await AskAsync("what is proof of execution?", "en-US");
        var topic = answer["actions"]!.AsArray().OfType<JsonObject>().First(a => a["verb"]?.GetValue<string>() == "answer.topic");

        using var response = await fixture.Host.PostActivityAsync(Activities.CardAction(fixture.Channel.ServiceUrl, "answer.topic", (JsonObject)topic["data"]!.DeepClone()));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal("application/vnd.microsoft.card.adaptive", body["type"]!.GetValue<string>());
        await CardAssert.ValidAsync("topic", body["value"]!);
    }

    [Fact]
    public async Task FeedbackButton_StoresTheVote_AndThanksInPlace()
    {
        var answer = await AskAsync("do I need to keep the original invoices?", "en-US");
        var helpful = answer["actions"]!.AsArray().OfType<JsonObject>().First(a => a["data"]?["vote"]?.GetValue<string>() == "up");

        using var response = await fixture.Host.PostActivityAsync(Activities.CardAction(fixture.Channel.ServiceUrl, "answer.feedback", (JsonObject)helpful["data"]!.DeepClone()));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Contains("feedback was recorded", Json(body["value"]!), StringComparison.Ordinal);
        Assert.DoesNotContain("answer.feedback", Json(body["value"]!), StringComparison.Ordinal);
        await CardAssert.ValidAsync("answer after feedback", body["value"]!);
        var store = fixture.Host.Services.GetRequiredService<IAnswerFeedbackStore>();
        var votes = await store.ListAsync(BotHostFactory.TenantId, 10, default);
        var vote = Assert.Single(votes, v => v.Question == "do I need to keep the original invoices?");
        Assert.True(vote.Helpful);
        Assert.Equal(helpful["data"]!["articleId"]!.GetValue<string>(), vote.ArticleId);
    }

    private static string Json(JsonNode node) =>
        node.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    private static string QuestionVerb(string verb) => $"\"verb\":\"{verb}\"";

    private async Task<JsonObject> AskAsync(string question, string locale)
    {
        var before = fixture.Channel.Received.Count;
        using var response = await fixture.Host.PostActivityAsync(Activities.Message(fixture.Channel.ServiceUrl, question, locale));
        var received = await fixture.Channel.WaitForAsync(r => r.Count > before);
        return Assert.Single(received[before].Cards);
    }
}
