using System.Net;
using System.Text.Json.Nodes;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Reminders;
using CoopAssistant.Bot.Tests.Conversation.Claims;
using CoopAssistant.Bot.Tests.Hosting;
using CoopAssistant.Claims.Model;
using CoopAssistant.Scheduling.Storage;
using CoopAssistant.Claims.Services;
using CoopAssistant.Scheduling.Planning;
using CoopAssistant.TestKit;
using CoopAssistant.TestKit.Channel;
using CoopAssistant.TestKit.Hosting;
using CoopAssistant.TestKit.Postgres;
using Microsoft.Extensions.DependencyInjection;
using CoopAssistant.TestKit.App.Hosting;

namespace CoopAssistant.Bot.Tests.Faults;

/// <summary>
/// PostgreSQL stopped for 10 s under a running host: messages get 503 (so the channel redelivers) and one polite
/// "try again" card per activity, card actions an error shown on the card; after the restart the redelivered turns are processed once, the due reminder goes
/// out once, and everything written before the outage is still there.
/// </summary>
public sealed class DatabaseOutageTests : IAsyncLifetime
{
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(10);
    private PostgresServer _postgres = null!;
    private FakeTeamsChannel _channel = null!;
    private BotHostFactory _host = null!;

    public async Task InitializeAsync()
    {
        // A server of its own: stopping the shared one would break the other PostgreSQL tests.
        _postgres = new PostgresServer();
        await _postgres.InitializeAsync();
        _channel = await FakeTeamsChannel.StartAsync();
        _host = new BotHostFactory(_channel, settings: new Dictionary<string, string?>
        {
            ["ConnectionStrings:CoopAssistant"] = _postgres.NewDatabaseConnectionString("outage"),
            ["Reminders:PollSeconds"] = "1",
            ["Quartz:quartz.jobStore.dbRetryInterval"] = "1000",
        });
        _host.StartServer();
    }

    /// <summary>The database comes back before the host stops (a test that failed mid-outage leaves it down), so that the host's
    /// stop has a database to finish its writes on; every part is disposed within a bound either way.</summary>
    public async Task DisposeAsync()
    {
        if (!_postgres.IsRunning)
        {
            try
            {
                await _postgres.RestartAsync().WaitAsync(TimeSpan.FromSeconds(90));
            }
            catch (Exception e) when (e is InvalidOperationException or TimeoutException)
            {
                // Abandoned: the host's stop gives up on a dead database after a few seconds (StopBoundedJobStore).
            }
        }

        await _host.DisposeAsync();
        await _channel.DisposeWithinAsync(TimeSpan.FromSeconds(30), "The fake channel");
        await _postgres.DisposeAsync().WaitAsync(TimeSpan.FromSeconds(90));
    }

    [Fact]
    public async Task DatabaseDownForTenSeconds_TurnsGet503AndOneTryAgainCard_ThenEverythingResumesOnce()
    {
        // Before the outage: the user talked to the bot, has a claim, and a reminder falls due during the outage.
        using (var hello = await _host.PostActivityAsync(Activities.Message(_channel.ServiceUrl, "help")))
        {
            Assert.Equal(HttpStatusCode.OK, hello.StatusCode);
        }

        var chat = new ClaimConversation(_host, _channel, Activities.ConversationId);
        var before = await chat.CreateDirectlyAsync(ClaimConversation.User, "Written before the outage");
        var due = DateTimeOffset.UtcNow.AddSeconds(4);
        var reminderKey = ReminderKey.Snooze(before.Id, due).ToString();
        Assert.True(await _host.Services.GetRequiredService<IReminderStore>().AddAsync(
            new Reminder { Id = Guid.NewGuid(), TenantId = BotHostFactory.TenantId, ClaimId = before.Id, DueAt = due, IdempotencyKey = reminderKey }, default));

        await _postgres.StopAsync();
        var stoppedAt = DateTime.UtcNow;
        Assert.DoesNotContain(_channel.Received, a => KeyOf(a) == reminderKey);

        // A typed message in Portuguese, redelivered by the channel twice during the outage.
        var message = Activities.Message(_channel.ServiceUrl, "minhas reivindicações", "pt-BR");
        var messageId = message["id"]!.GetValue<string>();
        for (var delivery = 0; delivery < 3; delivery++)
        {
            using var response = await _host.PostActivityAsync(message.DeepClone().AsObject());
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.NotNull(response.Headers.RetryAfter);
            var body = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain("Npgsql", body, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("refused", body, StringComparison.OrdinalIgnoreCase);
        }

        // A card action (create a claim) in English, during the outage: the channel does not redeliver an invoke, so it is
        // answered 200 with an error Teams shows on the card (nothing was changed; the user presses the button again).
        var create = CreateClaimAction("Created after the outage");
        var createId = create["id"]!.GetValue<string>();
        using (var response = await _host.PostActivityAsync(create.DeepClone().AsObject()))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            Assert.Equal("application/vnd.microsoft.error", error["type"]!.GetValue<string>());
            Assert.Contains("Please try again in a minute", error["value"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        }

        var notices = await _channel.WaitForAsync(r => r.Any(a => a.ReplyToId == messageId));
        var messageNotice = Assert.Single(notices, a => a.ReplyToId == messageId);
        var noticeJson = ClaimConversation.Json(Assert.Single(messageNotice.Cards));
        Assert.Contains("Tente de novo em um minuto", noticeJson, StringComparison.Ordinal);
        Assert.Contains("nada foi alterado", noticeJson, StringComparison.Ordinal);
        Assert.DoesNotContain(notices, a => a.ReplyToId == createId);
        await CardAssert.AllValidAsync([("outage pt-BR", Assert.Single(messageNotice.Cards))]);

        var remaining = Outage - (DateTime.UtcNow - stoppedAt);
        if (remaining > TimeSpan.Zero)
        {
            await Task.Delay(remaining);
        }

        await _postgres.RestartAsync();

        // The channel keeps redelivering the message until the bot answers 200: the turn is processed once. The user presses
        // the card's button again (the same action): it now creates the claim, once.
        await RedeliverUntilOkAsync(message);
        var created = await PressAgainUntilDoneAsync(create);
        Assert.Contains("Claim created.", created, StringComparison.Ordinal);
        using (var again = await _host.PostActivityAsync(create.DeepClone().AsObject()))
        {
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        }

        var received = await _channel.WaitForAsync(r => r.Count(a => a.ReplyToId == messageId) == 2 && r.Any(a => KeyOf(a) == reminderKey), TimeSpan.FromSeconds(60));
        var replies = received.Where(a => a.ReplyToId == messageId).ToList();
        Assert.Contains("Tente de novo", ClaimConversation.Json(replies[0].Cards.Single()), StringComparison.Ordinal);
        Assert.Contains("Written before the outage", ClaimConversation.Json(replies[1].Cards.Single()), StringComparison.Ordinal);
        Assert.DoesNotContain(received, a => a.ReplyToId == createId);

        await Task.Delay(2500); // two more reminder polls: nothing more may arrive
        Assert.Single(_channel.Received, a => KeyOf(a) == reminderKey);
        Assert.Equal(2, _channel.Received.Count(a => a.ReplyToId == messageId));
        var mine = await _host.Services.GetRequiredService<IClaimService>().ListMineAsync(ClaimConversation.User, 100, default);
        Assert.Single(mine, c => c.Title == "Written before the outage");
        Assert.Single(mine, c => c.Title == "Created after the outage");
        Assert.Equal(2, mine.Count);
        Assert.Equal(before.Version, (await chat.ReadAsync(ClaimConversation.User, before.Id)).Version);
    }

    private JsonObject CreateClaimAction(string title)
    {
        var data = ClaimConversation.ValidForm(title);
        data["verb"] = CardVerbs.ClaimCreate;
        data["formId"] = Guid.NewGuid().ToString("N");
        return Activities.CardAction(_channel.ServiceUrl, CardVerbs.ClaimCreate, data);
    }

    /// <summary>Redelivers an activity as the channel would after a 503 (up to 30 s); returns the 200 response's body.</summary>
    private async Task<string> RedeliverUntilOkAsync(JsonObject activity)
    {
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 60; attempt++)
        {
            using var response = await _host.PostActivityAsync(activity.DeepClone().AsObject());
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                return await response.Content.ReadAsStringAsync();
            }

            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            await Task.Delay(500);
        }

        throw new Xunit.Sdk.XunitException("Never answered 200 after the restart: " + string.Join(", ", statuses));
    }

    /// <summary>Presses a card's button again while the database is still coming back (up to 30 s); returns the created card.</summary>
    private async Task<string> PressAgainUntilDoneAsync(JsonObject activity)
    {
        var answers = new List<string>();
        for (var attempt = 0; attempt < 60; attempt++)
        {
            using var response = await _host.PostActivityAsync(activity.DeepClone().AsObject());
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = await response.Content.ReadAsStringAsync();
            if (!body.Contains("application/vnd.microsoft.error", StringComparison.Ordinal))
            {
                return body;
            }

            answers.Add(body);
            await Task.Delay(500);
        }

        throw new Xunit.Sdk.XunitException("The card action never succeeded after the restart: " + string.Join(" | ", answers));
    }

    private static string? KeyOf(ReceivedActivity activity) => activity.Activity["channelData"]?[TeamsReminderSender.IdempotencyKeyProperty]?.GetValue<string>();
}
