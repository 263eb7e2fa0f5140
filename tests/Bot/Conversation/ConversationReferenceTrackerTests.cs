using System.Text.Json;
using CoopAssistant.Bot.Conversation;
using CoopAssistant.Protocol.Adapter;
using CoopAssistant.Protocol.Schema;
using CoopAssistant.Claims.Conversations;
using Microsoft.Extensions.Caching.Memory;

namespace CoopAssistant.Bot.Tests.Conversation;

/// <summary>The conversation reference costs no database write on an ordinary turn, and one when it changes.</summary>
public sealed class ConversationReferenceTrackerTests
{
    [Fact]
    public async Task TrackAsync_WritesOnce_ThenOnlyWhenTheReferenceChanges()
    {
        var store = new CountingStore();
        using var cache = new MemoryCache(new MemoryCacheOptions());
        var tracker = new ConversationReferenceTracker(store, cache, TimeProvider.System);

        for (var i = 0; i < 20; i++)
        {
            await tracker.TrackAsync(Turn("https://smba.trafficmanager.net/amer/"));
        }

        Assert.Equal(1, store.Upserts);
        Assert.Equal(1, store.Finds);

        await tracker.TrackAsync(Turn("https://smba.trafficmanager.net/emea/"));
        Assert.Equal(2, store.Upserts);
        Assert.Equal("https://smba.trafficmanager.net/emea/", store.Current!.ServiceUrl);
    }

    [Theory]
    [InlineData("locale")]
    [InlineData("timezone")]
    [InlineData("conversation")]
    [InlineData("user")]
    [InlineData("bot")]
    [InlineData("channel")]
    public async Task TrackAsync_AnyStoredFieldChanged_WritesTheNewReference(string field)
    {
        var store = new CountingStore();
        using var cache = new MemoryCache(new MemoryCacheOptions());
        var tracker = new ConversationReferenceTracker(store, cache, TimeProvider.System);
        await tracker.TrackAsync(Turn("https://smba.trafficmanager.net/amer/"));

        var changed = Turn("https://smba.trafficmanager.net/amer/");
        switch (field)
        {
            case "locale": changed.Activity.Locale = "pt-BR"; break;
            case "timezone": changed.Activity.LocalTimezone = "America/Sao_Paulo"; break;
            case "conversation": changed.Activity.Conversation!.Id = "a:other"; break;
            case "user": changed.Activity.From!.Id = "29:renamed"; break;
            case "bot": changed.Activity.Recipient!.Id = "28:other-bot"; break;
            case "channel": changed.Activity.ChannelId = "webchat"; break;
        }

        await tracker.TrackAsync(changed);
        await tracker.TrackAsync(changed);

        Assert.Equal(2, store.Upserts);
        Assert.Equal(field == "timezone" ? "America/Sao_Paulo" : null, store.Current!.TimeZone);
    }

    [Fact]
    public async Task TrackAsync_AfterARestart_ReadsOnce_AndDoesNotRewriteAnUnchangedReference()
    {
        var store = new CountingStore();
        using (var firstCache = new MemoryCache(new MemoryCacheOptions()))
        {
            await new ConversationReferenceTracker(store, firstCache, TimeProvider.System).TrackAsync(Turn("https://smba.trafficmanager.net/amer/"));
        }

        using var cache = new MemoryCache(new MemoryCacheOptions());
        var restarted = new ConversationReferenceTracker(store, cache, TimeProvider.System);
        await restarted.TrackAsync(Turn("https://smba.trafficmanager.net/amer/"));
        await restarted.TrackAsync(Turn("https://smba.trafficmanager.net/amer/"));

        Assert.Equal(1, store.Upserts);
        Assert.Equal(2, store.Finds);
    }

    private static TurnContext Turn(string serviceUrl) => new(
        new Activity
        {
            Type = ActivityTypes.Message,
            Id = Guid.NewGuid().ToString(),
            ServiceUrl = serviceUrl,
            ChannelId = "msteams",
            From = new ChannelAccount { Id = "29:user", AadObjectId = "aad-user" },
            Recipient = new ChannelAccount { Id = "28:bot" },
            Conversation = new ConversationAccount { Id = "a:conv", ConversationType = "personal" },
            ChannelData = JsonSerializer.SerializeToElement(new { tenant = new { id = "tenant-1" } }),
            Locale = "en-US",
        },
        null!,
        System.Globalization.CultureInfo.GetCultureInfo("en-US"),
        Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance,
        CancellationToken.None);

    private sealed class CountingStore : IConversationReferenceStore
    {
        public int Finds { get; private set; }

        public int Upserts { get; private set; }

        public ConversationReferenceRecord? Current { get; private set; }

        public Task<ConversationReferenceRecord?> FindAsync(string tenantId, string userAadObjectId, CancellationToken cancellationToken)
        {
            Finds++;
            return Task.FromResult(Current);
        }

        public Task UpsertAsync(ConversationReferenceRecord reference, CancellationToken cancellationToken)
        {
            Upserts++;
            Current = reference;
            return Task.CompletedTask;
        }
    }
}
