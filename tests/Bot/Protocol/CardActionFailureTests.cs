using System.Net;
using System.Text.Json.Nodes;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Conversation.Commands;
using CoopAssistant.Bot.Tests.Hosting;
using CoopAssistant.TestKit.App.Hosting;
using CoopAssistant.TestKit.Channel;
using Microsoft.Extensions.DependencyInjection;

namespace CoopAssistant.Bot.Tests.Protocol;

/// <summary>
/// A card action whose handler fails unexpectedly is answered HTTP 200 with an <c>application/vnd.microsoft.error</c> body, which
/// Teams shows on the card (https://learn.microsoft.com/en-us/adaptive-cards/authoring-cards/universal-action-model#response-format);
/// never a bare 500, and never the exception's text.
/// </summary>
public sealed class CardActionFailureTests : IAsyncLifetime
{
    private readonly Runs _runs = new();
    private FakeTeamsChannel _channel = null!;
    private BotHostFactory _host = null!;

    public async Task InitializeAsync()
    {
        _channel = await FakeTeamsChannel.StartAsync();
        _host = new BotHostFactory(_channel, services: s => s.AddSingleton(_runs).AddSingleton<IBotCommand, ExplodingCommand>());
        _host.StartServer();
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _channel.DisposeAsync();
    }

    [Theory]
    [InlineData("en-US", "Something went wrong on my side and nothing was changed.")]
    [InlineData("pt-BR", "Algo deu errado do meu lado e nada foi alterado.")]
    public async Task ACardActionThatThrows_Answers200WithAnErrorTheCardShows_InTheUsersLanguage(string locale, string expected)
    {
        using var response = await _host.PostActivityAsync(Activities.CardAction(_channel.ServiceUrl, ExplodingCommand.VerbName, locale: locale));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        var body = JsonNode.Parse(text)!;
        Assert.Equal("application/vnd.microsoft.error", body["type"]!.GetValue<string>());
        Assert.Equal(500, body["statusCode"]!.GetValue<int>());
        Assert.StartsWith(expected, body["value"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.DoesNotContain(ExplodingCommand.Secret, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACardActionThatThrows_IsForgotten_SoPressingTheButtonAgainRunsItAgain()
    {
        var action = Activities.CardAction(_channel.ServiceUrl, ExplodingCommand.VerbName);

        using var first = await _host.PostActivityAsync(action.DeepClone().AsObject());
        using var again = await _host.PostActivityAsync(action.DeepClone().AsObject());

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("application/vnd.microsoft.error", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(2, _runs.Of(action["id"]!.GetValue<string>()));
    }

    /// <summary>How often the command ran per activity id.</summary>
    private sealed class Runs
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> _byActivity = new();

        public void Add(string activityId) => _byActivity.AddOrUpdate(activityId, 1, (_, n) => n + 1);

        public int Of(string activityId) => _byActivity.GetValueOrDefault(activityId);
    }

    /// <summary>A card command that fails with an exception whose text must never reach the user.</summary>
    private sealed class ExplodingCommand(Runs runs) : IBotCommand
    {
        public const string VerbName = "test.explode";
        public const string Secret = "connection string with a password";

        public string Verb => VerbName;

        public IReadOnlyList<string> Phrases { get; } = [];

        public Task<AdaptiveCard> ExecuteAsync(CommandContext context)
        {
            runs.Add(context.Turn.Activity.Id ?? string.Empty);
            throw new InvalidOperationException(Secret);
        }
    }
}
