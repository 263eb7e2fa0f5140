using System.Net;
using System.Text.Json.Nodes;
using CoopAssistant.Bot.Tests.Conversation.Evidence;
using CoopAssistant.Bot.Tests.Conversation.Sharing;
using CoopAssistant.Bot.Tests.Hosting;
using CoopAssistant.Claims.Colleagues;
using CoopAssistant.Claims.Services;
using CoopAssistant.TestKit.App.Hosting;
using CoopAssistant.TestKit;
using CoopAssistant.TestKit.Channel;
using CoopAssistant.TestKit.Graph;
using CoopAssistant.TestKit.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CoopAssistant.Bot.Tests.Conversation.Colleagues;

/// <summary>Asking a colleague for a claim's document, through the real endpoint and the fake channel: the owner's form and its
/// person picker, the colleague's proactive 1:1 card (the conversation created with the colleague's Entra object id), their
/// answers, the owner's notices, cancel, and a person of another tenant refused.</summary>
public sealed class AskColleagueTests : IAsyncLifetime
{
    private static readonly byte[] Pdf = System.Text.Encoding.ASCII.GetBytes("%PDF-1.4\n% booth photos\n%%EOF\n");
    private FakeGraphServer _graph = null!;
    private SharingHost _host = null!;

    public async Task InitializeAsync()
    {
        _graph = await FakeGraphServer.StartAsync();
        _host = new SharingHost(new Dictionary<string, string?>
        {
            ["Evidence:AllowLoopbackDownloads"] = "true",
            ["BackgroundWork:PollInterval"] = "00:00:00.200",
            ["Reminders:TenantTimeZones:" + BotHostFactory.TenantId] = NightZone(),
        });
        await _host.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _graph.DisposeWithinAsync(TimeSpan.FromSeconds(30), "The fake Graph");
    }

    [Fact]
    public async Task TheColleaguesFile_LandsOnTheClaimWithAHistoryEntry_TheOwnerGetsTheClaimCardAndANotice_TheColleagueOnlyAThankYou()
    {
        await _host.CreateClaimAsync(SharingHost.Colleague, "Bruno's own claim");
        var claim = await _host.CreateClaimAsync(SharingHost.Owner, "Booth at Ignite");
        await SayAsync(SharingHost.Owner, "help");
        await ExecuteAsync(SharingHost.Owner, "colleague.ask", Send(claim, SharingHost.Colleague.ObjectId, "booth photos"));

        var files = ChatFileConversation.FileMessage(_host.Channel.ServiceUrl, "a:personal-29:bruno", "en-US", ("booth photos.pdf", _graph.AddChatFile("booth photos.pdf", Pdf, false)));
        SharingHost.Colleague.Apply(files, "personal");
        using (var response = await _host.Host.PostActivityAsync(files))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var ownerChat = "a:personal-" + SharingHost.Owner.ChannelId;
        var received = await _host.Channel.WaitForAsync(
            all => all.Any(r => r.Method == "POST" && r.ConversationId == ownerChat && r.Activity.ToJsonString().Contains("Bruno Lima sent", StringComparison.Ordinal)),
            TimeSpan.FromSeconds(60));
        var toOwner = received.Last(r => r.Method == "POST" && r.ConversationId == ownerChat).Activity.ToJsonString();
        Assert.Contains("Booth at Ignite", toOwner, StringComparison.Ordinal);
        Assert.Contains("booth photos", toOwner, StringComparison.Ordinal);

        var updated = (await _host.Claims.GetAsync(SharingHost.Owner.Caller, claim.Id, default)).Value!;
        var evidence = Assert.Single(updated.Evidence);
        Assert.Equal((CoopAssistant.Claims.Model.EvidenceKind.ProofOfExecution, "booth photos.pdf"), (evidence.Kind, evidence.Name));
        var history = (await _host.Claims.GetHistoryAsync(SharingHost.Owner.Caller, claim.Id, null, 10, default)).Value!;
        Assert.Contains(history.Entries, e => e.ActorName == "uploaded by Bruno Lima at Alex Wilber's request");
        Assert.Equal(ColleagueRequestStatus.Uploaded, (await Requests().ForClaimAsync(SharingHost.Owner.TenantId, claim.Id, default)).Single().Status);

        var toColleague = _host.Channel.Received.Where(r => r.ConversationId == "a:personal-29:bruno").Select(r => r.Activity.ToJsonString()).ToList();
        Assert.Contains(toColleague, a => a.Contains("Added to the claim for Alex Wilber", StringComparison.Ordinal));
        Assert.All(toColleague, a => Assert.DoesNotContain("1,234", a, StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheOwnersCardTheRequestWasMadeFrom_IsUpdatedInPlaceWhenTheColleaguesFileLands_AndTheOwnerGetsAShortNotice()
    {
        const string ownerCard = "act-owner-claim-card";
        await _host.CreateClaimAsync(SharingHost.Colleague, "Bruno's own claim");
        var claim = await _host.CreateClaimAsync(SharingHost.Owner, "Booth at Ignite");
        await SayAsync(SharingHost.Owner, "help");
        await ExecuteAsync(SharingHost.Owner, "colleague.ask", Send(claim, SharingHost.Colleague.ObjectId, "booth photos"), replyToId: ownerCard);
        Assert.Equal(ownerCard, (await Requests().ForClaimAsync(SharingHost.Owner.TenantId, claim.Id, default)).Single().OwnerCard?.ActivityId);

        await DropFileAsync("booth photos.pdf");

        var ownerChat = "a:personal-" + SharingHost.Owner.ChannelId;
        var received = await _host.Channel.WaitForAsync(
            all => all.Any(r => r.Method == "PUT" && r.ActivityId == ownerCard) && all.Any(r => r.Method == "POST" && r.ConversationId == ownerChat && r.Activity.ToJsonString().Contains("Bruno Lima sent", StringComparison.Ordinal)),
            TimeSpan.FromSeconds(60));
        var updated = Assert.Single(received, r => r.Method == "PUT" && r.ActivityId == ownerCard);
        Assert.Equal(ownerChat, updated.ConversationId);
        var card = Assert.Single(updated.Cards);
        Assert.Contains("Booth at Ignite", card.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("1,234", card.ToJsonString(), StringComparison.Ordinal); // the claim card, as the claim is now
        Assert.Contains("Bruno Lima sent", card.ToJsonString(), StringComparison.Ordinal);
        await CardAssert.ValidAsync("owner's claim card updated in place", card);

        var notice = Assert.Single(received, r => r.Method == "POST" && r.ConversationId == ownerChat && r.Activity.ToJsonString().Contains("Bruno Lima sent", StringComparison.Ordinal));
        Assert.DoesNotContain("1,234", notice.Activity.ToJsonString(), StringComparison.Ordinal); // a short notice, not a second claim card
        await CardAssert.ValidAsync("owner's notice", Assert.Single(notice.Cards));
    }

    [Theory]
    [InlineData(404)]
    [InlineData(403)]
    public async Task WhenTheOwnersCardCannotBeUpdated_DeletedOrRefused_TheOwnerGetsAFreshClaimCardWithTheNotice(int status)
    {
        const string ownerCard = "act-owner-claim-card";
        await _host.CreateClaimAsync(SharingHost.Colleague, "Bruno's own claim");
        var claim = await _host.CreateClaimAsync(SharingHost.Owner, "Booth at Ignite");
        await SayAsync(SharingHost.Owner, "help");
        await ExecuteAsync(SharingHost.Owner, "colleague.ask", Send(claim, SharingHost.Colleague.ObjectId, "booth photos"), replyToId: ownerCard);
        if (status == 404)
        {
            _host.Channel.MessageDeleted(ownerCard);
        }
        else
        {
            _host.Channel.RefuseUpdatesOf(ownerCard, new ChannelFault(403, "Forbidden"));
        }

        var faults = _host.Channel.FaultsServed;
        await DropFileAsync("booth photos.pdf");

        var ownerChat = "a:personal-" + SharingHost.Owner.ChannelId;
        var received = await _host.Channel.WaitForAsync(
            all => all.Any(r => r.Method == "POST" && r.ConversationId == ownerChat && r.Activity.ToJsonString().Contains("Bruno Lima sent", StringComparison.Ordinal)),
            TimeSpan.FromSeconds(60));
        Assert.Equal(faults + 1, _host.Channel.FaultsServed); // the update was tried, and refused
        Assert.DoesNotContain(received, r => r.Method == "PUT" && r.ActivityId == ownerCard);
        var fresh = Assert.Single(received, r => r.Method == "POST" && r.ConversationId == ownerChat && r.Activity.ToJsonString().Contains("Bruno Lima sent", StringComparison.Ordinal));
        Assert.Contains("1,234", fresh.Activity.ToJsonString(), StringComparison.Ordinal); // the whole claim card, the notice on it
    }

    [Fact]
    public async Task ThePersonPicker_OffersOnlyPeopleOfTheCallersTenant_InTheDynamicSearchShape()
    {
        await _host.CreateClaimAsync(SharingHost.Colleague, "Bruno's own claim");
        await _host.CreateClaimAsync(SharingHost.Outsider, "Olga's claim elsewhere");

        var found = await _host.InvokeAsync(SharingHost.Owner, "application/search", Search("bru"), conversationType: "personal");
        Assert.Equal("application/vnd.microsoft.search.searchResponse", found["type"]!.GetValue<string>());
        var result = Assert.Single(found["value"]!["results"]!.AsArray())!;
        Assert.Equal((SharingHost.Colleague.Name, SharingHost.Colleague.ObjectId), (result["title"]!.GetValue<string>(), result["value"]!.GetValue<string>()));

        Assert.Empty((await _host.InvokeAsync(SharingHost.Owner, "application/search", Search("olga"), conversationType: "personal"))["value"]!["results"]!.AsArray());
        Assert.Empty((await _host.InvokeAsync(SharingHost.Owner, "application/search", Search("bru", dataset: "games"), conversationType: "personal"))["value"]!["results"]!.AsArray());
    }

    [Fact]
    public async Task TheRequest_ReachesTheColleagueInANewOneOnOneChat_ShowingOnlyTheRequest_AndTheirAnswerReachesTheOwner()
    {
        await _host.CreateClaimAsync(SharingHost.Colleague, "Bruno's own claim");
        var claim = await _host.CreateClaimAsync(SharingHost.Owner, "Booth at Ignite");
        await SayAsync(SharingHost.Owner, "help");

        var form = await ExecuteAsync(SharingHost.Owner, "colleague.ask", ForClaim(claim));
        var picker = Inputs(form).Single(i => i["id"]!.GetValue<string>() == "colleague.person");
        Assert.Equal("Data.Query", picker["choices.data"]!["type"]!.GetValue<string>());
        Assert.Equal("people", picker["choices.data"]!["dataset"]!.GetValue<string>());
        await CardAssert.ValidAsync("ask a colleague form", form);

        var sent = await ExecuteAsync(SharingHost.Owner, "colleague.ask", Send(claim, SharingHost.Colleague.ObjectId, "booth photos, please"));
        Assert.Contains("Request sent to Bruno Lima", sent.ToJsonString(), StringComparison.Ordinal);
        await CardAssert.ValidAsync("request sent", sent);

        var created = Assert.Single(_host.Channel.Received, r => r.Method == "CREATE");
        Assert.False(created.Activity["isGroup"]!.GetValue<bool>());
        Assert.Equal(SharingHost.Colleague.ObjectId, created.Activity["members"]![0]!["aadObjectId"]!.GetValue<string>());
        Assert.Equal(SharingHost.Owner.TenantId, created.Activity["tenantId"]!.GetValue<string>());
        var toColleague = Assert.Single(_host.Channel.Received, r => r.Method == "POST" && r.ConversationId == created.ConversationId);
        var card = toColleague.Activity["attachments"]![0]!["content"]!.AsObject();
        var json = card.ToJsonString();
        Assert.Contains("Alex Wilber asks you for a document", json, StringComparison.Ordinal);
        Assert.Contains("Booth at Ignite", json, StringComparison.Ordinal);
        Assert.Contains("booth photos, please", json, StringComparison.Ordinal);
        Assert.DoesNotContain("1,234", json, StringComparison.Ordinal); // nothing else of the claim: no amount, no checklist, no claim id
        Assert.DoesNotContain(claim.Id.ToString(), json, StringComparison.Ordinal);
        await CardAssert.ValidAsync("colleague request", card);

        var requestId = (await Requests().ForClaimAsync(SharingHost.Owner.TenantId, claim.Id, default)).Single().Id;
        var before = _host.Channel.Received.Count;
        var thanks = await ExecuteAsync(SharingHost.Colleague, "colleague.decline", new JsonObject { ["requestId"] = requestId.ToString(), ["colleague.reason"] = "Not at that event" });
        Assert.Contains("Thank you", thanks.ToJsonString(), StringComparison.Ordinal);
        var notice = Assert.Single(_host.Channel.Received.Skip(before), r => r.Method == "POST");
        Assert.Equal("a:personal-" + SharingHost.Owner.ChannelId, notice.ConversationId);
        Assert.Contains("Bruno Lima doesn", notice.Activity.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("Not at that event", notice.Activity.ToJsonString(), StringComparison.Ordinal);

        var again = await ExecuteAsync(SharingHost.Colleague, "colleague.decline", new JsonObject { ["requestId"] = requestId.ToString(), ["colleague.reason"] = "twice" });
        Assert.Contains("already answered", again.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(ColleagueRequestStatus.Declined, (await Requests().FindAsync(SharingHost.Owner.TenantId, requestId, default))!.Status);
    }

    [Fact]
    public async Task ACancelledRequest_AnswersTheColleaguesButtonsWithCancelled_AndOnlyItsOwnerOrAnAdministratorMayCancel()
    {
        await _host.CreateClaimAsync(SharingHost.Colleague, "Bruno's own claim");
        var claim = await _host.CreateClaimAsync(SharingHost.Owner, "Webinar series");
        await SayAsync(SharingHost.Owner, "help");
        await ExecuteAsync(SharingHost.Owner, "colleague.ask", Send(claim, SharingHost.Colleague.ObjectId, null));
        var requestId = (await Requests().ForClaimAsync(SharingHost.Owner.TenantId, claim.Id, default)).Single().Id.ToString();

        var byColleague = await ExecuteAsync(SharingHost.Colleague, "colleague.cancel", new JsonObject { ["requestId"] = requestId });
        Assert.DoesNotContain("cancelled", byColleague.ToJsonString(), StringComparison.OrdinalIgnoreCase);
        var byOutsider = await ExecuteAsync(SharingHost.Outsider, "colleague.cancel", new JsonObject { ["requestId"] = requestId });
        Assert.DoesNotContain("cancelled", byOutsider.ToJsonString(), StringComparison.OrdinalIgnoreCase);

        var cancelled = await ExecuteAsync(SharingHost.Owner, "colleague.cancel", new JsonObject { ["requestId"] = requestId });
        Assert.Contains("The request to Bruno Lima was cancelled", cancelled.ToJsonString(), StringComparison.Ordinal);
        var pressed = await ExecuteAsync(SharingHost.Colleague, "colleague.decline", new JsonObject { ["requestId"] = requestId, ["colleague.reason"] = "late" });
        Assert.Contains("This request was cancelled", pressed.ToJsonString(), StringComparison.Ordinal);
        Assert.Empty(await Requests().OpenForColleagueAsync(SharingHost.Owner.TenantId, SharingHost.Colleague.ObjectId, default));
    }

    [Fact]
    public async Task FollowUps_ReachTheColleagueInWorkingHoursOnceEachInterval_AndACancelledRequestGetsNone()
    {
        await _host.CreateClaimAsync(SharingHost.Colleague, "Bruno's own claim");
        var open = await _host.CreateClaimAsync(SharingHost.Owner, "Booth at Ignite");
        var cancelled = await _host.CreateClaimAsync(SharingHost.Owner, "Webinar series");
        await SayAsync(SharingHost.Owner, "help");
        await ExecuteAsync(SharingHost.Owner, "colleague.ask", Send(open, SharingHost.Colleague.ObjectId, null));
        await ExecuteAsync(SharingHost.Owner, "colleague.ask", Send(cancelled, SharingHost.Colleague.ObjectId, null));
        var cancelledId = (await Requests().ForClaimAsync(SharingHost.Owner.TenantId, cancelled.Id, default)).Single().Id;
        await ExecuteAsync(SharingHost.Owner, "colleague.cancel", new JsonObject { ["requestId"] = cancelledId.ToString() });
        var createdAt = (await Requests().ForClaimAsync(SharingHost.Owner.TenantId, open.Id, default)).Single().CreatedAt;

        var options = _host.Host.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<CoopAssistant.Scheduling.ReminderOptions>>().Value;
        var zone = _host.Host.Services.GetRequiredService<CoopAssistant.Claims.Rules.ClaimClock>().Zone(SharingHost.Owner.TenantId, null);
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(createdAt.AddHours(options.ColleagueFollowUpHours - 1));
        var followUps = ActivatorUtilities.CreateInstance<CoopAssistant.Bot.Conversation.Colleagues.ColleagueFollowUps>(_host.Host.Services, (TimeProvider)clock);
        var colleagueChat = Assert.Single(_host.Channel.Received, r => r.Method == "CREATE").ConversationId;
        int Reminders() => _host.Channel.Received.Count(r => r.ConversationId == colleagueChat && r.Activity.ToJsonString().Contains("Reminder: Alex Wilber is waiting", StringComparison.Ordinal));

        Assert.Equal(0, await followUps.SendDueAsync(default)); // not due yet
        var due = createdAt.AddHours(options.ColleagueFollowUpHours);
        clock.SetUtcNow(due.AddMinutes(1));
        Assert.NotEqual(clock.GetUtcNow(), CoopAssistant.Scheduling.Planning.LocalTime.NextWorkingTime(clock.GetUtcNow(), zone, options.WorkdayStartHour, options.WorkdayEndHour));
        Assert.Equal(0, await followUps.SendDueAsync(default)); // due, but outside the colleague's working hours
        clock.SetUtcNow(CoopAssistant.Scheduling.Planning.LocalTime.NextWorkingTime(clock.GetUtcNow(), zone, options.WorkdayStartHour, options.WorkdayEndHour).AddMinutes(10));

        Assert.Equal(1, await followUps.SendDueAsync(default));
        Assert.Equal(0, await followUps.SendDueAsync(default)); // once per interval
        Assert.Equal(1, Reminders());
        Assert.Equal(1, (await Requests().ForClaimAsync(SharingHost.Owner.TenantId, open.Id, default)).Single().FollowUps);
        Assert.Equal(0, (await Requests().FindAsync(SharingHost.Owner.TenantId, cancelledId, default))!.FollowUps);
    }

    [Fact]
    public async Task AColleagueTheAppIsNotInstalledFor_CannotBeReached_TheOwnerIsToldToShareTheApp_AndNoRequestStaysOpen()
    {
        await _host.CreateClaimAsync(SharingHost.Colleague, "Bruno's own claim");
        var claim = await _host.CreateClaimAsync(SharingHost.Owner, "Booth at Ignite");
        await SayAsync(SharingHost.Owner, "help");
        _host.Channel.NotInstalledFor(SharingHost.Colleague.ObjectId);

        var answer = await ExecuteAsync(SharingHost.Owner, "colleague.ask", Send(claim, SharingHost.Colleague.ObjectId, null));
        Assert.Contains("Share the app with them", answer.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain(_host.Channel.Received, r => r.Method == "CREATE");
        Assert.Empty(await Requests().OpenForColleagueAsync(SharingHost.Owner.TenantId, SharingHost.Colleague.ObjectId, default));
    }

    [Fact]
    public async Task APersonOfAnotherTenant_CannotBeAsked_TheFormSaysWhy_AndNothingIsSentOrStored()
    {
        await _host.CreateClaimAsync(SharingHost.Outsider, "Olga's claim elsewhere");
        var claim = await _host.CreateClaimAsync(SharingHost.Owner, "Booth at Ignite");
        await SayAsync(SharingHost.Owner, "help");
        var before = _host.Channel.Received.Count;

        var refused = await ExecuteAsync(SharingHost.Owner, "colleague.ask", Send(claim, SharingHost.Outsider.ObjectId, null));
        Assert.Contains("is not a person of your organization", refused.ToJsonString(), StringComparison.Ordinal);
        var typed = await ExecuteAsync(SharingHost.Owner, "colleague.ask", Send(claim, null, null, typed: "olga.petrova@fabrikam.com"));
        Assert.Contains("is not a person of your organization", typed.ToJsonString(), StringComparison.Ordinal);

        Assert.DoesNotContain(_host.Channel.Received.Skip(before), r => r.Method is "CREATE" or "POST");
        Assert.Empty(await Requests().ForClaimAsync(SharingHost.Owner.TenantId, claim.Id, default));
    }

    [Fact]
    public async Task ATypedEmail_FindsTheColleagueByName_InPortuguese()
    {
        await _host.CreateClaimAsync(SharingHost.Colleague, "Reivindicação do Bruno");
        var claim = await _host.CreateClaimAsync(SharingHost.Owner, "Estande no evento");
        await SayAsync(SharingHost.Owner, "ajuda", "pt-BR");

        var sent = await ExecuteAsync(SharingHost.Owner, "colleague.ask", Send(claim, null, null, typed: "bruno.lima@contoso.com"), "pt-BR");
        Assert.Contains("Pedido enviado a Bruno Lima", sent.ToJsonString(), StringComparison.Ordinal);
    }

    /// <summary>A fixed-offset zone where the first follow-up (48 hours from now) falls at about 03:00, outside working hours.</summary>
    private static string NightZone()
    {
        var hours = (3 - DateTime.UtcNow.Hour + 24) % 24;
        hours = hours > 14 ? hours - 24 : hours;
        return hours == 0 ? "Etc/GMT" : hours > 0 ? $"Etc/GMT-{hours}" : $"Etc/GMT+{-hours}";
    }

    /// <summary>Bruno drops a PDF in his 1:1 chat (the fake Graph serves its download link).</summary>
    private async Task DropFileAsync(string name)
    {
        var files = ChatFileConversation.FileMessage(_host.Channel.ServiceUrl, "a:personal-29:bruno", "en-US", (name, _graph.AddChatFile(name, Pdf, false)));
        SharingHost.Colleague.Apply(files, "personal");
        using var response = await _host.Host.PostActivityAsync(files);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private IColleagueRequestStore Requests() => _host.Host.Services.GetRequiredService<IColleagueRequestStore>();

    private static JsonObject Search(string text, string dataset = "people") => new()
    {
        ["queryText"] = text,
        ["queryOptions"] = new JsonObject { ["skip"] = 0, ["top"] = 15 },
        ["dataset"] = dataset,
    };

    private static JsonObject ForClaim(ClaimView claim) => new() { ["claimId"] = claim.Id.ToString(), ["claimVersion"] = claim.Version };

    private static JsonObject Send(ClaimView claim, string? person, string? note, string? typed = null)
    {
        var data = ForClaim(claim);
        data["step"] = "send";
        data["colleague.item"] = "ProofOfExecution";
        data["colleague.due"] = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        if (person is not null)
        {
            data["colleague.person"] = person;
        }

        if (typed is not null)
        {
            data["colleague.typed"] = typed;
        }

        if (note is not null)
        {
            data["colleague.note"] = note;
        }

        return data;
    }

    private async Task SayAsync(Person person, string text, string locale = "en-US")
    {
        var activity = Activities.Message(_host.Channel.ServiceUrl, text, locale);
        person.Apply(activity, "personal");
        using var response = await _host.Host.PostActivityAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>An <c>Action.Execute</c> of <paramref name="person"/> in their 1:1 chat; returns the card the invoke answered with.</summary>
    private async Task<JsonObject> ExecuteAsync(Person person, string verb, JsonObject data, string locale = "en-US", string? replyToId = null)
    {
        data["verb"] = verb;
        var value = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data }, ["trigger"] = "manual" };
        var body = await _host.InvokeAsync(person, "adaptiveCard/action", value, locale, conversationType: "personal", replyToId: replyToId);
        return body["value"]!.AsObject();
    }

    private static IEnumerable<JsonObject> Inputs(JsonNode? node) => node switch
    {
        JsonObject o when o["type"]?.GetValueKind() == System.Text.Json.JsonValueKind.String && o["type"]!.GetValue<string>().StartsWith("Input.", StringComparison.Ordinal) => [o],
        JsonObject o => o.SelectMany(p => Inputs(p.Value)),
        JsonArray a => a.SelectMany(Inputs),
        _ => [],
    };
}
