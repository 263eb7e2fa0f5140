using System.Net;
using System.Text.Json.Nodes;
using CoopAssistant.Bot.Tests.Conversation.Sharing;
using CoopAssistant.Bot.Tests.Hosting;
using CoopAssistant.Claims.Conversations;
using CoopAssistant.Scheduling.Jobs;
using CoopAssistant.TestKit.Channel;
using Microsoft.Extensions.DependencyInjection;

namespace CoopAssistant.Bot.Tests.Conversation.Teams;

/// <summary>The bot in a group chat and a team channel, through the real endpoint and the fake channel: only @mentions are answered,
/// nothing personal is posted there ("status" goes to the person's 1:1 chat), and the digest goes to the channel an administrator chose.</summary>
public sealed class SharedConversationTests : IAsyncLifetime
{
    private const string GeneralChannel = "19:general@thread.tacv2";
    private const string TeamId = "19:team-1@thread.tacv2";
    private readonly SharingHost _host = new();

    public Task InitializeAsync() => _host.InitializeAsync();

    public Task DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task GroupChat_AnswersOnlyMentions_AndSendsStatusToThePersonsOneOnOneChat_NeverToTheGroup()
    {
        await _host.CreateClaimAsync(SharingHost.Owner, "Booth at Ignite");

        await SayAsync(SharingHost.Owner, "status", "groupChat", mention: false);
        await SayAsync(SharingHost.Owner, "what about the booth claim?", "groupChat", mention: false);
        Assert.Empty(_host.Channel.Received);

        await SayAsync(SharingHost.Owner, "status", "groupChat", mention: true);

        var received = _host.Channel.Received;
        var inGroup = Assert.Single(received, r => r.ConversationId == SharingHost.GroupChatId);
        var notice = Text(inGroup);
        Assert.Contains("I sent the claims you may see to your 1:1 chat", notice, StringComparison.Ordinal);
        Assert.DoesNotContain("Booth", notice, StringComparison.Ordinal);
        var created = Assert.Single(received, r => r.Method == "CREATE");
        Assert.Equal("29:user-id-0", created.Activity["members"]![0]!["id"]!.GetValue<string>());
        var personal = Assert.Single(received, r => r.Method == "POST" && r.ConversationId == created.ConversationId);
        Assert.Contains("Booth at Ignite", Text(personal), StringComparison.Ordinal);

        // The 1:1 chat is remembered: the next "status" goes there without creating another conversation.
        await SayAsync(SharingHost.Owner, "situação", "groupChat", mention: true, locale: "pt-BR");
        Assert.Single(_host.Channel.Received, r => r.Method == "CREATE");
        Assert.Contains("Enviei as reivindicações", Text(_host.Channel.Received.Last(r => r.ConversationId == SharingHost.GroupChatId)), StringComparison.Ordinal);
        Assert.Equal(2, _host.Channel.Received.Count(r => r.Method == "POST" && r.ConversationId == created.ConversationId));
    }

    [Fact]
    public async Task Channel_AnswersHelpInBothLanguages_WithNothingPersonal_AndEverythingElseGetsTheHelp()
    {
        await _host.CreateClaimAsync(SharingHost.Owner, "Booth at Ignite");

        await SayAsync(SharingHost.Owner, "help", "channel", mention: true);
        await SayAsync(SharingHost.Colleague, "ajuda", "channel", mention: true, locale: "pt-BR");
        await SayAsync(SharingHost.Owner, "new claim Booth at Ignite", "channel", mention: true);
        await SayAsync(SharingHost.Owner, "help", "channel", mention: false);

        var posted = _host.Channel.Received.Where(r => r.ConversationId == GeneralChannel).Select(Text).ToList();
        Assert.Equal(3, posted.Count);
        Assert.Contains("CoopAssistant in a team or group chat", posted[0], StringComparison.Ordinal);
        Assert.Contains("CoopAssistant em uma equipe ou chat em grupo", posted[1], StringComparison.Ordinal);
        Assert.Contains("CoopAssistant in a team or group chat", posted[2], StringComparison.Ordinal);
        Assert.All(posted, p => Assert.DoesNotContain("Booth", p, StringComparison.Ordinal));
        Assert.DoesNotContain(_host.Channel.Received, r => r.ConversationId != GeneralChannel);
    }

    [Fact]
    public async Task DigestHere_ChosenByAnAdministrator_ReceivesTheWeeklyDigest_AColleagueCannotChooseIt()
    {
        await _host.CreateClaimAsync(SharingHost.Owner, "Booth at Ignite", deadlineInDays: 5);

        await SayAsync(SharingHost.Colleague, "digest here", "channel", mention: true);
        var store = _host.Host.Services.GetRequiredService<IDigestChannelStore>();
        Assert.Null(await store.FindAsync(SharingHost.Owner.TenantId, default));
        Assert.Contains("Only an Incentives administrator", Text(_host.Channel.Received[^1]), StringComparison.Ordinal);

        await SayAsync(SharingHost.Administrator, "resumo aqui", "channel", mention: true, locale: "pt-BR");
        var chosen = await store.FindAsync(SharingHost.Owner.TenantId, default);
        Assert.NotNull(chosen);
        Assert.Equal((GeneralChannel, "channel", TeamId, SharingHost.Administrator.ObjectId), (chosen.ConversationId, chosen.ConversationType, chosen.TeamId, chosen.ChosenByObjectId));
        Assert.Contains("resumo semanal", Text(_host.Channel.Received[^1]), StringComparison.Ordinal);

        var before = _host.Channel.Received.Count(r => r.ConversationId == GeneralChannel);
        var digest = _host.Host.Services.GetRequiredService<WeeklyDigestJob>();
        await digest.SendAllAsync(default);

        var inChannel = _host.Channel.Received.Where(r => r.ConversationId == GeneralChannel).Skip(before).ToList();
        var card = Text(Assert.Single(inChannel));
        Assert.Contains("Booth at Ignite", card, StringComparison.Ordinal);
        Assert.Equal("pt-BR", ResolveLanguage(card));
    }

    [Fact]
    public async Task FundsAtRisk_AreAlsoPostedToTheChosenChannel_OncePerMilestone_WithTheFundOnly_NoClaimOrPerson()
    {
        await SayAsync(SharingHost.Administrator, "digest here", "channel", mention: true);
        var admin = new CoopAssistant.Claims.Access.ClaimsCaller(SharingHost.Administrator.TenantId, SharingHost.Administrator.ObjectId, SharingHost.Administrator.Name, true);
        var usageEnd = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(20);
        var funds = _host.Host.Services.GetRequiredService<CoopAssistant.Claims.Funds.IFundService>();
        var fund = (await funds.RecordAsync(admin, new CoopAssistant.Claims.Funds.NewFund(
            CoopAssistant.Claims.Model.ClaimProgram.PartnerCoop, null, usageEnd.AddMonths(-2), usageEnd, 8000m, "USD"), default)).Value!.Fund;
        var inProgress = await _host.CreateClaimAsync(SharingHost.Owner, "Secret roadshow for the fund");

        // The usage period's last day, 09:00 in the tenant's zone: the "end" alert is due.
        var options = _host.Host.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<CoopAssistant.Scheduling.ReminderOptions>>().Value;
        var zone = _host.Host.Services.GetRequiredService<CoopAssistant.Claims.Rules.ClaimClock>().Zone(SharingHost.Administrator.TenantId, null);
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(CoopAssistant.Scheduling.Planning.LocalTime.At(usageEnd, options.LocalHour, zone).AddMinutes(5));
        var runner = ActivatorUtilities.CreateInstance<CoopAssistant.Scheduling.Funds.FundsAtRiskRunner>(_host.Host.Services, (TimeProvider)clock);
        var before = _host.Channel.Received.Count(r => r.ConversationId == GeneralChannel);

        await runner.RunAsync(default);
        await runner.RunAsync(default); // a second run (or host) sends nothing again

        var inChannel = _host.Channel.Received.Where(r => r.ConversationId == GeneralChannel).Skip(before).ToList();
        var card = Text(Assert.Single(inChannel));
        Assert.Contains("unclaimed", card, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Posted for the team", card, StringComparison.Ordinal);
        foreach (var personal in new[] { inProgress.Title, SharingHost.Owner.Name, SharingHost.Owner.ObjectId, SharingHost.Administrator.Name, SharingHost.Administrator.ObjectId, inProgress.Id.ToString() })
        {
            Assert.DoesNotContain(personal, inChannel[0].Activity.ToJsonString(), StringComparison.OrdinalIgnoreCase);
        }
        Assert.Contains("8,000", card, StringComparison.Ordinal);
        Assert.DoesNotContain(fund.Id.ToString(), card, StringComparison.Ordinal); // no "new claim for this fund" button for whoever presses it
    }

    private static string ResolveLanguage(string card) => card.Contains("Prazo", StringComparison.Ordinal) || card.Contains("reivindica", StringComparison.Ordinal) ? "pt-BR" : "en-US";

    private async Task SayAsync(Person person, string text, string conversationType, bool mention, string locale = "en-US")
    {
        var activity = Activities.Message(_host.Channel.ServiceUrl, mention ? "<at>CoopAssistant</at> " + text : text, locale);
        person.Apply(activity, conversationType);
        if (conversationType == "channel")
        {
            activity["conversation"]!["id"] = GeneralChannel;
            activity["channelData"]!["team"] = new JsonObject { ["id"] = TeamId };
            activity["channelData"]!["channel"] = new JsonObject { ["id"] = GeneralChannel };
        }

        if (mention)
        {
            activity["entities"]!.AsArray().Add(new JsonObject
            {
                ["type"] = "mention",
                ["text"] = "<at>CoopAssistant</at>",
                ["mentioned"] = new JsonObject { ["id"] = Activities.BotId, ["name"] = "CoopAssistant" },
            });
        }

        using var response = await _host.Host.PostActivityAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static string Text(ReceivedActivity activity) =>
        Claims.ClaimConversation.Json(activity.Activity);
}
