using System.Net;
using System.Text.Json.Nodes;
using CoopAssistant.Bot.Tests.Hosting;
using CoopAssistant.Claims.Conversations;
using CoopAssistant.TestKit;
using CoopAssistant.TestKit.Channel;
using Microsoft.Extensions.DependencyInjection;
using CoopAssistant.TestKit.App.Hosting;

namespace CoopAssistant.Bot.Tests.Conversation;

/// <summary>Install → welcome, help in both languages, over real HTTP with authentication on and the fake channel.</summary>
public sealed class FirstConversationTests(AuthenticatedHostFixture fixture) : IClassFixture<AuthenticatedHostFixture>
{
    private FakeTeamsChannel Channel => fixture.Channel;

    [Fact]
    public async Task Install_SendsOneWelcomeCard_AndStoresTheConversationReference()
    {
        var before = Channel.Received.Count;
        using (var installation = await fixture.Host.PostActivityAsync(Activities.InstallationUpdate(Channel.ServiceUrl)))
        using (var update = await fixture.Host.PostActivityAsync(Activities.ConversationUpdate(Channel.ServiceUrl)))
        {
            Assert.Equal(HttpStatusCode.OK, installation.StatusCode);
            Assert.Equal(HttpStatusCode.OK, update.StatusCode);
        }

        var received = await Channel.WaitForAsync(r => r.Count > before);
        await Task.Delay(300);
        var welcome = Assert.Single(Channel.Received.Skip(before));
        var card = Assert.Single(welcome.Cards);
        Assert.Contains("Welcome", card.ToJsonString(), StringComparison.Ordinal);
        await CardAssert.ValidAsync("welcome (en-US, from install)", card);

        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var reference = await scope.ServiceProvider.GetRequiredService<IConversationReferenceStore>().FindAsync(BotHostFactory.TenantId, BotHostFactory.UserObjectId, default);
        Assert.NotNull(reference);
        Assert.Equal(Activities.ConversationId, reference.ConversationId);
        Assert.Equal(Channel.ServiceUrl, reference.ServiceUrl);
        Assert.Equal(Activities.BotId, reference.BotId);
        Assert.Equal("America/Sao_Paulo", reference.TimeZone);
        Assert.NotEmpty(received);
    }

    [Theory]
    [InlineData("help", "en-US", "What I can do")]
    [InlineData("HELP!", "en-US", "What I can do")]
    [InlineData("ajuda", "pt-BR", "O que posso fazer")]
    [InlineData("Ajúda", "pt-BR", "O que posso fazer")]
    public async Task Help_ReturnsTheHelpCard_InTheUsersLanguage(string text, string locale, string expectedTitle)
    {
        var before = Channel.Received.Count;

        using var response = await fixture.Host.PostActivityAsync(Activities.Message(Channel.ServiceUrl, text, locale));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var received = await Channel.WaitForAsync(r => r.Count > before);
        var reply = received[before];
        Assert.Equal("REPLY", reply.Method);
        var card = Assert.Single(reply.Cards);
        Assert.Contains(expectedTitle, card.ToJsonString(), StringComparison.Ordinal);
        await CardAssert.ValidAsync($"help ({locale})", card);
    }

    [Fact]
    public async Task HelpButton_OnTheWelcomeCard_ReplacesItWithTheHelpCard()
    {
        using var response = await fixture.Host.PostActivityAsync(Activities.CardAction(Channel.ServiceUrl, "help", locale: "pt-BR"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(200, body["statusCode"]!.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.card.adaptive", body["type"]!.GetValue<string>());
        Assert.Contains("O que posso fazer", body["value"]!.ToJsonString(), StringComparison.Ordinal);
        await CardAssert.ValidAsync("help (pt-BR, invoke)", body["value"]!);
    }

    [Fact]
    public async Task UnknownVerb_IsAnsweredWithAUniversalActionError()
    {
        using var response = await fixture.Host.PostActivityAsync(Activities.CardAction(Channel.ServiceUrl, "claim.doesNotExist"));

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(400, body["statusCode"]!.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.error", body["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task TextThatIsNoCommand_GetsTheNotUnderstoodCard_WithEscapedText()
    {
        var before = Channel.Received.Count;

        using var response = await fixture.Host.PostActivityAsync(Activities.Message(Channel.ServiceUrl, "**bold** [click](https://evil.example) <at>x</at> zzz"));

        var received = await Channel.WaitForAsync(r => r.Count > before);
        var card = Assert.Single(received[before].Cards);
        Assert.DoesNotContain("[click](https://evil.example)", card.ToJsonString(), StringComparison.Ordinal);
        await CardAssert.ValidAsync("not understood", card);
    }
}
