using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Reminders;
using CoopAssistant.Bot.Tests.Hosting;
using CoopAssistant.Claims.Access;
using CoopAssistant.Claims.Conversations;
using CoopAssistant.Claims.Model;
using CoopAssistant.Scheduling.Storage;
using CoopAssistant.Claims.Services;
using CoopAssistant.Claims.Validation;
using CoopAssistant.Scheduling.Dispatch;
using CoopAssistant.Scheduling.Planning;
using CoopAssistant.TestKit;
using CoopAssistant.TestKit.Channel;
using Microsoft.Extensions.DependencyInjection;
using CoopAssistant.TestKit.App.Hosting;

namespace CoopAssistant.Bot.Tests.Reminders;

/// <summary>The Teams sender and the hosted Quartz dispatch job against the fake channel.</summary>
public sealed class ReminderDeliveryTests : IAsyncLifetime
{
    private const string Tenant = BotHostFactory.TenantId;
    private FakeTeamsChannel _channel = null!;
    private BotHostFactory _host = null!;

    public async Task InitializeAsync()
    {
        _channel = await FakeTeamsChannel.StartAsync();
        _host = new BotHostFactory(_channel, settings: new Dictionary<string, string?> { ["Reminders:PollSeconds"] = "1" });
        _ = _host.Services;
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _channel.DisposeAsync();
    }

    private T Get<T>() where T : notnull => _host.Services.GetRequiredService<T>();

    private async Task<ConversationReferenceRecord> ReferenceAsync(string user, string? conversationId, string locale = "pt-BR")
    {
        var reference = new ConversationReferenceRecord(Tenant, user, "29:" + user, conversationId ?? "", _channel.ServiceUrl, "28:bot", "msteams", locale, "America/Sao_Paulo", DateTimeOffset.UtcNow);
        await Get<IConversationReferenceStore>().UpsertAsync(reference, CancellationToken.None);
        return reference;
    }

    private static ReminderMessage Message(string user, string key) => new(
        key, ReminderNotice.DeadlineApproaching, Tenant, user, true, Guid.NewGuid(), 1, "Seminar", ClaimStatus.Draft,
        DateOnly.FromDateTime(DateTime.UtcNow).AddDays(7), new DateOnly(2028, 1, 1), [EvidenceKind.ProofOfExecution], null, null, null);

    private static string? KeyOf(ReceivedActivity activity) => activity.Activity["channelData"]?[TeamsReminderSender.IdempotencyKeyProperty]?.GetValue<string>();

    [Fact]
    public async Task Send_ToAStoredConversation_PostsAValidCardInTheUsersLanguageWithTheKey()
    {
        await ReferenceAsync("u1", "a:u1");
        var result = await Get<IReminderSender>().SendAsync(Message("u1", "k-1"), CancellationToken.None);

        Assert.True(result.IsOk);
        var received = Assert.Single(_channel.Received);
        Assert.Equal("a:u1", received.ConversationId);
        Assert.Equal("k-1", KeyOf(received));
        var card = Assert.Single(received.Cards);
        Assert.Equal("Prazo da reivindicação se aproximando", card["body"]?[0]?["text"]?.GetValue<string>());
        await CardAssert.ValidAsync("reminder pt-BR", card);
    }

    [Fact]
    public async Task Send_TheSummaryTeamsMayShowInANotification_IsTheLocalisedTitleNotTheInternalKey()
    {
        await ReferenceAsync("u9", "a:u9");
        await Get<IReminderSender>().SendAsync(Message("u9", "deadline:00000000-0000-0000-0000-000000000001:7d"), CancellationToken.None);

        var summary = Assert.Single(_channel.Received).Activity["summary"]?.GetValue<string>();
        Assert.Equal("Prazo da reivindicação se aproximando: Seminar", summary);
    }

    [Fact]
    public async Task Send_WhenOnlyUserAndTenantAreKnown_CreatesTheOneToOneConversationFirst()
    {
        await ReferenceAsync("u2", conversationId: null, locale: "en-US");
        Assert.True((await Get<IReminderSender>().SendAsync(Message("u2", "k-2"), CancellationToken.None)).IsOk);

        var calls = _channel.Received;
        Assert.Equal(["CREATE", "POST"], calls.Select(c => c.Method));
        Assert.Equal(Tenant, calls[0].Activity["channelData"]?["tenant"]?["id"]?.GetValue<string>());
        Assert.Equal("29:u2", calls[0].Activity["members"]?[0]?["id"]?.GetValue<string>());
        Assert.Equal(calls[0].ConversationId, (await Get<IConversationReferenceStore>().FindAsync(Tenant, "u2", default))!.ConversationId);
    }

    [Fact]
    public async Task Send_ThroughA429StormAndA502_IsDeliveredOnce()
    {
        await ReferenceAsync("u3", "a:u3");
        _channel.EnqueueFaults(ChannelFault.TooManyRequests(TimeSpan.FromSeconds(1)), ChannelFault.TooManyRequests(TimeSpan.FromSeconds(1)), ChannelFault.ServerError(502));

        Assert.True((await Get<IReminderSender>().SendAsync(Message("u3", "k-3"), CancellationToken.None)).IsOk);
        Assert.Equal("k-3", KeyOf(Assert.Single(_channel.Received)));
    }

    [Fact]
    public async Task Send_ToAUserWhoBlockedTheBot_ReportsBlocked()
    {
        await ReferenceAsync("u4", "a:u4");
        _channel.EnqueueFaults(ChannelFault.Blocked());

        var result = await Get<IReminderSender>().SendAsync(Message("u4", "k-4"), CancellationToken.None);

        Assert.Equal(SendFailureKind.Blocked, result.Error?.Kind);
        Assert.Equal("MessageWritesBlocked", result.Error?.Reason);
        Assert.Empty(_channel.Received);
    }

    [Fact]
    public async Task Send_WhenTheChannelAnswers500_FailsForTheDispatcherToRetryLater_WithoutResending()
    {
        await ReferenceAsync("u5", "a:u5");
        _channel.EnqueueFaults(ChannelFault.ServerError(500));

        var result = await Get<IReminderSender>().SendAsync(Message("u5", "k-5"), CancellationToken.None);

        Assert.Equal(SendFailureKind.Failed, result.Error?.Kind);
        Assert.Equal("ServiceError", result.Error?.Reason);
        Assert.Equal(1, _channel.FaultsServed);
        Assert.Empty(_channel.Received);
    }

    [Fact]
    public async Task HostedQuartzJob_SendsADueReminderOnce()
    {
        await ReferenceAsync(BotHostFactory.UserObjectId, "a:owner", "en-US");
        var caller = new ClaimsCaller(Tenant, BotHostFactory.UserObjectId, "Owner", false);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var draft = new ClaimDraft(ClaimProgram.PartnerCoop, ActivityType.Seminar, "Seminar", today.AddDays(-60), today.AddDays(-45), today.AddDays(-50), 100m, "USD", true, false);
        var claim = (await Get<IClaimService>().CreateAsync(caller, draft, CancellationToken.None)).Value!;
        var due = DateTimeOffset.UtcNow.AddMinutes(-1);
        var key = ReminderKey.Snooze(claim.Id, due).ToString();
        Assert.True(await Get<IReminderStore>().AddAsync(new Reminder { Id = Guid.NewGuid(), TenantId = Tenant, ClaimId = claim.Id, DueAt = due, IdempotencyKey = key }, CancellationToken.None));

        await _channel.WaitForAsync(r => r.Any(a => KeyOf(a) == key), TimeSpan.FromSeconds(30));
        await Task.Delay(2500); // two more poll periods: nothing more may arrive
        Assert.Single(_channel.Received, a => KeyOf(a) == key);
    }

    [Fact]
    public async Task SnoozeButton_AnswersInTheUsersLanguageAndSchedulesTheReminderForTomorrow()
    {
        var caller = new ClaimsCaller(Tenant, BotHostFactory.UserObjectId, "Owner", false);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var draft = new ClaimDraft(ClaimProgram.PartnerCoop, ActivityType.Seminar, "Seminar", today.AddDays(-60), today.AddDays(-30), today.AddDays(-40), 100m, "USD", true, false);
        var claim = (await Get<IClaimService>().CreateAsync(caller, draft, CancellationToken.None)).Value!;
        var data = new System.Text.Json.Nodes.JsonObject { ["verb"] = CardVerbs.ReminderSnooze, ["claimId"] = claim.Id.ToString(), ["claimVersion"] = claim.Version };

        using var response = await _host.PostActivityAsync(Activities.CardAction(_channel.ServiceUrl, CardVerbs.ReminderSnooze, data, "pt-BR"));
        var body = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal("Certo, vou lembrar você novamente amanhã.", body["value"]?["body"]?[0]?["text"]?.GetValue<string>());
        var keys = await Get<IReminderStore>().GetKeysAsync(claim.Id, CancellationToken.None);
        Assert.Single(keys, k => k.StartsWith("snooze:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AlreadySubmittedButton_OnADraftWithGaps_MarksItSubmitted_ListsWhatToKeep_AndStopsItsDeadlineReminders()
    {
        var caller = new ClaimsCaller(Tenant, BotHostFactory.UserObjectId, "Owner", false);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var draft = new ClaimDraft(ClaimProgram.PartnerCoop, ActivityType.Seminar, "Seminar", today.AddDays(-60), today.AddDays(-30), today.AddDays(-40), 100m, "USD", true, false);
        var claim = (await Get<IClaimService>().CreateAsync(caller, draft, CancellationToken.None)).Value!;
        static bool IsDeadline(string k) => ReminderKey.TryParse(k, out var key) && key.Notice is ReminderNotice.DeadlineApproaching or ReminderNotice.DeadlineExpired;
        Assert.Contains(await Get<IReminderStore>().GetKeysAsync(claim.Id, CancellationToken.None), IsDeadline);
        var data = new System.Text.Json.Nodes.JsonObject { ["verb"] = CardVerbs.ReminderAlreadySubmitted, ["claimId"] = claim.Id.ToString(), ["claimVersion"] = claim.Version };

        async Task<string?> ClickAsync()
        {
            using var response = await _host.PostActivityAsync(Activities.CardAction(_channel.ServiceUrl, CardVerbs.ReminderAlreadySubmitted, (System.Text.Json.Nodes.JsonObject)data.DeepClone(), "pt-BR"));
            var body = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            return body["value"]?["body"]?[0]?["text"]?.GetValue<string>();
        }

        var first = await ClickAsync();
        Assert.StartsWith("Marcada como enviada.", first, StringComparison.Ordinal);
        Assert.Contains("Comprovação de execução", first, StringComparison.OrdinalIgnoreCase);
        var stored = (await Get<IClaimService>().GetAsync(caller, claim.Id, CancellationToken.None)).Value!;
        Assert.Equal(ClaimStatus.Submitted, stored.Status);
        Assert.DoesNotContain(await Get<IReminderStore>().GetKeysAsync(claim.Id, CancellationToken.None), IsDeadline);

        // A second click (the same card, or another reminder of the claim) answers the same and changes nothing.
        Assert.Equal(first, await ClickAsync());
        Assert.Equal(stored.Version, (await Get<IClaimService>().GetAsync(caller, claim.Id, CancellationToken.None)).Value!.Version);
    }
}
