using System.Net;
using System.Text.Json.Nodes;
using CoopAssistant.Bot.Tests.Hosting;

namespace CoopAssistant.Bot.Tests.Hostile;

/// <summary>
/// Rate limits on <c>/api/messages</c> per user (issue 19, item 3): past the limit a message is refused 429 with Retry-After and
/// the user gets one "slow down" card in their language per window (not one per refused message); an invoke gets 429 alone.
/// The window is an hour, so nothing replenishes while the test runs.
/// </summary>
public sealed class ChatUserRateLimitTests : ChannelAndHostWith
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["RateLimits:ChatTurnsPerUser"] = "2",
        ["RateLimits:ChatWindow"] = "01:00:00",
    };

    [Theory]
    [InlineData("en-US", "You are sending messages too fast")]
    [InlineData("pt-BR", "Você está enviando mensagens rápido demais")]
    public async Task MessagesPastTheUsersLimit_Get429WithRetryAfter_AndOneSlowDownCardInTheirLanguage(string locale, string title)
    {
        for (var i = 0; i < 2; i++)
        {
            using var admitted = await Host.PostActivityAsync(Activities.Message(Channel.ServiceUrl, "help", locale));
            Assert.Equal(HttpStatusCode.OK, admitted.StatusCode);
        }

        using var refused = await Host.PostActivityAsync(Activities.Message(Channel.ServiceUrl, "help", locale));
        using var refusedAgain = await Host.PostActivityAsync(Activities.Message(Channel.ServiceUrl, "help", locale));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, refusedAgain.StatusCode);
        var retryAfter = refused.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value, TimeSpan.FromSeconds(1), TimeSpan.FromHours(1));
        await Channel.WaitForAsync(r => r.Any(IsSlowDown));
        await Task.Delay(200);
        var slowDown = Assert.Single(Channel.Received, IsSlowDown);
        Assert.Contains(title, Text(Assert.Single(slowDown.Cards)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnInvokePastTheLimit_Gets429_AndNoCard()
    {
        for (var i = 0; i < 2; i++)
        {
            using var admitted = await Host.PostActivityAsync(Activities.ConversationUpdate(Channel.ServiceUrl));
            using var message = await Host.PostActivityAsync(Activities.Message(Channel.ServiceUrl, "help"));
            Assert.Equal(HttpStatusCode.OK, message.StatusCode);
        }

        using var refused = await Host.PostActivityAsync(Activities.CardAction(Channel.ServiceUrl, "claim.list"));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
        await Task.Delay(200);
        Assert.DoesNotContain(Channel.Received, IsSlowDown);
    }

    [Fact]
    public async Task AnotherUser_IsStillAnswered_WhenOneUserIsLimited()
    {
        for (var i = 0; i < 3; i++)
        {
            using var _ = await Host.PostActivityAsync(Activities.Message(Channel.ServiceUrl, "help"));
        }

        using var other = await Host.PostActivityAsync(FromUser(Activities.Message(Channel.ServiceUrl, "help"), "other-user"));

        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    internal static JsonObject FromUser(JsonObject activity, string objectId)
    {
        activity["from"] = new JsonObject { ["id"] = "29:" + objectId, ["name"] = objectId, ["aadObjectId"] = objectId };
        activity["conversation"]!["id"] = "a:conv-" + objectId;
        return activity;
    }

    private static readonly System.Text.Json.JsonSerializerOptions Unescaped = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    internal static string Text(JsonObject card) => card.ToJsonString(Unescaped);

    internal static bool IsSlowDown(CoopAssistant.TestKit.Channel.ReceivedActivity activity) =>
        activity.Cards.Any(c => Text(c).Contains("too fast", StringComparison.Ordinal) || Text(c).Contains("rápido demais", StringComparison.Ordinal));
}

/// <summary>The per-tenant chat limit counts every user of the tenant together.</summary>
public sealed class ChatTenantRateLimitTests : ChannelAndHostWith
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["RateLimits:ChatTurnsPerTenant"] = "3",
        ["RateLimits:ChatWindow"] = "01:00:00",
    };

    [Fact]
    public async Task TheTenantsFourthUser_IsRefusedWith429_WhenTheTenantLimitIsThree()
    {
        for (var i = 0; i < 3; i++)
        {
            using var admitted = await Host.PostActivityAsync(ChatUserRateLimitTests.FromUser(Activities.Message(Channel.ServiceUrl, "help"), "user-" + i));
            Assert.Equal(HttpStatusCode.OK, admitted.StatusCode);
        }

        using var refused = await Host.PostActivityAsync(ChatUserRateLimitTests.FromUser(Activities.Message(Channel.ServiceUrl, "help"), "user-3"));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
    }
}
