using System.Net;
using CoopAssistant.Protocol.Adapter;
using CoopAssistant.Bot.Tests.Hosting;
using CoopAssistant.Bot.ScaleOut;
using CoopAssistant.TestKit.Channel;
using Microsoft.Extensions.DependencyInjection;
using CoopAssistant.TestKit.App.Hosting;

namespace CoopAssistant.Bot.Tests.ScaleOut;

/// <summary>The adapter with shared de-duplication on (SQLite here; PostgreSQL in <see cref="MultiHostTests"/>): what another
/// host recorded in the table decides what this host does with a redelivery.</summary>
public sealed class SharedDeduplicationTests : IAsyncLifetime
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(10);
    private FakeTeamsChannel _channel = null!;
    private BotHostFactory _host = null!;

    private DatabaseActivityDeduplicationStore Store => _host.Services.GetRequiredService<DatabaseActivityDeduplicationStore>();

    public async Task InitializeAsync()
    {
        _channel = await FakeTeamsChannel.StartAsync("_connector");
        _host = new BotHostFactory(_channel, settings: new Dictionary<string, string?> { ["ScaleOut:SharedState"] = "Database" });
        _host.StartServer();
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _channel.DisposeAsync();
    }

    [Fact]
    public async Task ActivityAnotherHostIsProcessing_Gets503WithRetryAfter_ThenIsDroppedOnceThatHostFinished()
    {
        var activity = Activities.Message(_channel.ServiceUrl, "help");
        var key = ActivityDeduplicator.StoreKey("msteams", Activities.ConversationId, activity["id"]!.GetValue<string>());
        Assert.Equal(ActivityClaim.Begun, await Store.TryBeginAsync(key, DateTimeOffset.UtcNow, Window, default));

        using (var busy = await _host.PostActivityAsync(activity))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, busy.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(1), busy.Headers.RetryAfter?.Delta);
        }

        await Store.CompleteAsync(key, DateTimeOffset.UtcNow, Window, default);
        using var done = await _host.PostActivityAsync(activity);
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.DoesNotContain(_channel.Received, a => a.ReplyToId == activity["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task ActivityWhoseHostDied_IsTakenOverAfterTheLease_AndAnsweredOnce()
    {
        var activity = Activities.Message(_channel.ServiceUrl, "help");
        var id = activity["id"]!.GetValue<string>();
        var key = ActivityDeduplicator.StoreKey("msteams", Activities.ConversationId, id);
        Assert.Equal(ActivityClaim.Begun, await Store.TryBeginAsync(key, DateTimeOffset.UtcNow - Lease - Lease, Window, default));

        using var taken = await _host.PostActivityAsync(activity);
        Assert.Equal(HttpStatusCode.OK, taken.StatusCode);
        await _channel.WaitForAsync(r => r.Any(a => a.ReplyToId == id));
        Assert.Equal(ActivityClaim.Done, await Store.TryBeginAsync(key, DateTimeOffset.UtcNow, Window, default));

        using var again = await _host.PostActivityAsync(activity);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Single(_channel.Received, a => a.ReplyToId == id);
    }
}
