using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Tests.AddIn;
using CoopAssistant.Bot.Tests.Conversation.Claims;
using CoopAssistant.Bot.Tests.Conversation.Evidence;
using CoopAssistant.Bot.Tests.Hosting;
using CoopAssistant.Claims.Model;
using CoopAssistant.TestKit.App.Hosting;
using CoopAssistant.TestKit.Channel;
using CoopAssistant.TestKit.Graph;

namespace CoopAssistant.Bot.Tests.Hostile;

/// <summary>
/// Claims created per day and evidence bytes uploaded per hour (issue 19, item 3), on each surface of the real host: the chat's
/// new-claim form comes back saying the limit and when it resets; a chat file past the hour's bytes is refused with its own
/// message; an Outlook attachment past them is 429 with Retry-After and a ProblemDetails body. The reset after the window is shown
/// on a fake clock in tests/Claims/Limits (the host's windows are a UTC day and a UTC hour).
/// </summary>
public sealed class ChatClaimLimitTests(ChatClaimLimitTests.Fixture fixture) : IClassFixture<ChatClaimLimitTests.Fixture>
{
    [Theory]
    [InlineData("en-US", "You have created 1 claim today, the most one person may create in a day. You can create claims again after ")]
    [InlineData("pt-BR", "Você criou 1 reivindicação hoje, o máximo que uma pessoa pode criar em um dia. Você poderá criar reivindicações de novo depois de ")]
    public async Task TheSecondClaimOfTheDay_GetsTheFormBack_SayingTheLimitAndWhenItResets(string locale, string sentence)
    {
        var user = "limit-user-" + locale;
        var chat = new UserChat(fixture.Host, fixture.Channel, user, locale);
        var created = await chat.CreateAsync("First webinar of the day");
        Assert.Contains(locale == "en-US" ? "Claim created." : "Reivindicação criada.", ClaimConversation.Json(created), StringComparison.Ordinal);

        var refused = ClaimConversation.Json(await chat.CreateAsync("Second webinar of the day"));

        var tomorrow = DateTime.UtcNow.Date.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains(sentence + tomorrow + " 00:00 UTC.", refused, StringComparison.Ordinal);
        Assert.Contains("\"id\":\"title\"", refused, StringComparison.Ordinal); // the form, with what was typed
        Assert.Contains("Second webinar of the day", refused, StringComparison.Ordinal);
        var mine = await chat.Conversation.Claims.ListMineAsync(UserChat.Caller(user), 10, default);
        Assert.Equal(["First webinar of the day"], mine.Select(c => c.Title));
    }

    public sealed class Fixture : IAsyncLifetime
    {
        public FakeTeamsChannel Channel { get; private set; } = null!;

        public BotHostFactory Host { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Channel = await FakeTeamsChannel.StartAsync();
            Host = new BotHostFactory(Channel, settings: new Dictionary<string, string?> { ["RateLimits:ClaimsPerUserPerDay"] = "1" });
            Host.StartServer();
        }

        public async Task DisposeAsync()
        {
            await Host.DisposeAsync();
            await Channel.DisposeAsync();
        }
    }

    /// <summary>One user's 1:1 chat: "New claim", then the form submitted.</summary>
    private sealed class UserChat(BotHostFactory host, FakeTeamsChannel channel, string user, string locale)
    {
        public ClaimConversation Conversation { get; } = new(host, channel, "a:limits-" + user, locale);

        public static CoopAssistant.Claims.Access.ClaimsCaller Caller(string user) => new(BotHostFactory.TenantId, user, user, false);

        public async Task<JsonObject> CreateAsync(string title)
        {
            var form = await SendAsync(locale == "en-US" ? "New claim" : "Nova reivindicação");
            var data = ClaimConversation.ActionData(form, CardVerbs.ClaimCreate);
            foreach (var (key, value) in ClaimConversation.ValidForm(title))
            {
                data[key] = value?.DeepClone();
            }

            data["verb"] = CardVerbs.ClaimCreate;
            var activity = ChatUserRateLimitTests.FromUser(Activities.CardAction(channel.ServiceUrl, CardVerbs.ClaimCreate, data, locale), user);
            activity["conversation"]!["id"] = "a:limits-" + user;
            using var response = await host.PostActivityAsync(activity);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["value"]!.AsObject();
        }

        private async Task<JsonObject> SendAsync(string text)
        {
            var activity = ChatUserRateLimitTests.FromUser(Activities.Message(channel.ServiceUrl, text, locale), user);
            activity["conversation"]!["id"] = "a:limits-" + user;
            var id = activity["id"]!.GetValue<string>();
            using var response = await host.PostActivityAsync(activity);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var received = await channel.WaitForAsync(r => r.Any(a => a.ReplyToId == id && a.Cards.Any()));
            return received.First(a => a.ReplyToId == id && a.Cards.Any()).Cards.Single();
        }
    }
}

/// <summary>A chat file past the hour's evidence bytes (6 KiB here) is refused with its own message; the file before it is kept.</summary>
public sealed class ChatFileUploadLimitTests : IAsyncLifetime
{
    private FakeGraphServer _graph = null!;
    private ChatFileLinks _files = null!;
    private FakeTeamsChannel _channel = null!;
    private BotHostFactory _host = null!;

    public async Task InitializeAsync()
    {
        _graph = await FakeGraphServer.StartAsync();
        _files = new ChatFileLinks(_graph);
        _channel = await FakeTeamsChannel.StartAsync("_connector");
        _host = new BotHostFactory(_channel, settings: new Dictionary<string, string?>
        {
            ["Evidence:AllowLoopbackDownloads"] = "true",
            ["Evidence:MaxFileBytes"] = "8192",
            ["BackgroundWork:PollInterval"] = "00:00:00.200",
            ["RateLimits:EvidenceBytesPerUserPerHour"] = "6144",
        });
        _host.StartServer();
    }

    [Fact]
    public async Task AFilePastTheHoursUploadLimit_IsRefusedWithItsOwnMessage_AndNothingOfItIsKept()
    {
        var conversationId = "a:upload-limit-" + Guid.NewGuid().ToString("N")[..8];
        var chat = new ClaimConversation(_host, _channel, conversationId);
        var claim = await chat.CreateDirectlyAsync(ClaimConversation.User, "Upload limit event");
        var chosen = await chat.InvokeAsync(CardVerbs.EvidenceAttach, new JsonObject
        {
            [CardDataKeys.ClaimId] = claim.Id.ToString("D"),
            [CardDataKeys.ClaimVersion] = claim.Version,
            ["step"] = "choose",
            ["evidenceKind"] = nameof(EvidenceKind.ProofOfExecution),
        });
        Assert.Contains("Evidence kind:", ClaimConversation.Json(chosen), StringComparison.Ordinal);

        var message = ChatFileConversation.FileMessage(_channel.ServiceUrl, conversationId, "en-US",
            ("first.pdf", _files.Add(Pdf(4000))), ("second.pdf", _files.Add(Pdf(4000))));
        var id = await ChatFileConversation.PostAsync(_host, message);
        var received = await _channel.WaitForAsync(r =>
            ChatFileConversation.RepliesTo(r, id).FirstOrDefault(a => a.Cards.Any()) is { } progress
            && r.Any(a => a.Method == "PUT" && a.ActivityId == progress.ActivityId && ClaimConversation.Json(a.Activity).Contains("was not added", StringComparison.Ordinal)));

        // The card meant is found by its content: the background review updates the same message too, in any order.
        var progressId = ChatFileConversation.RepliesTo(received, id).First(a => a.Cards.Any()).ActivityId;
        var final = Visible(ClaimConversation.Json(received.Last(a => a.Method == "PUT" && a.ActivityId == progressId
            && ClaimConversation.Json(a.Activity).Contains("was not added", StringComparison.Ordinal)).Cards.Single()));
        Assert.Contains("second.pdf was not added: the hourly evidence upload limit (yours or your organization's) is used up; it resets at the start of the next hour (UTC)", final, StringComparison.Ordinal);
        Assert.Equal(["first.pdf"], (await chat.ReadAsync(ClaimConversation.User, claim.Id)).Evidence.Select(e => e.Name));
        Assert.DoesNotContain(Directory.EnumerateFiles(_host.DataDirectory, ".incoming-*", SearchOption.AllDirectories), _ => true);
    }

    private static byte[] Pdf(int size)
    {
        var bytes = new byte[size];
        Encoding.ASCII.GetBytes("%PDF-1.4\n").CopyTo(bytes, 0);
        bytes.AsSpan(9).Fill((byte)'a');
        return bytes;
    }

    private static string Visible(string json) =>
        json.Replace(CardText.ZeroWidthSpace.ToString(), string.Empty, StringComparison.Ordinal).Replace(CardText.WordJoiner.ToString(), string.Empty, StringComparison.Ordinal);

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _channel.DisposeAsync();
        await _graph.DisposeAsync();
    }
}

/// <summary>An Outlook attachment past the hour's evidence bytes (100 KiB here) is 429 with Retry-After and a ProblemDetails body
/// that says the limit and when it resets; nothing of it is kept or recorded.</summary>
public sealed class AddInUploadLimitTests(AddInUploadLimitTests.Fixture fixture) : IClassFixture<AddInUploadLimitTests.Fixture>
{
    [Fact]
    public async Task AnAttachmentPastTheHoursUploadLimit_Is429WithRetryAfterAndAProblemBody_AndKeepsNothing()
    {
        var claim = await fixture.CreateClaimAsync("Upload limit claim");
        using var client = fixture.Client(fixture.UserToken());
        var route = $"/api/addin/claims/{claim.Id}/evidence?kind=VendorInvoice";

        using var first = AddInUpload.File("first.pdf", AddInUpload.Pdf(60 * 1024));
        using var kept = await client.PostAsync(new Uri(route, UriKind.Relative), first);
        using var second = AddInUpload.File("second.pdf", AddInUpload.Pdf(60 * 1024));
        using var refused = await client.PostAsync(new Uri(route, UriKind.Relative), second);

        Assert.Equal(HttpStatusCode.Created, kept.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var retryAfter = refused.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value, TimeSpan.FromSeconds(1), TimeSpan.FromHours(1));
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Equal(429, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Equal("UploadLimitReached", problem.RootElement.GetProperty("code").GetString());
        Assert.StartsWith("You have uploaded 0.1 MB of evidence this hour", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(["first.pdf"], (await fixture.GetClaimAsync(claim.Id)).Evidence.Select(e => e.Name));
        Assert.Equal(2, fixture.StoredFiles(claim.Id).Count); // first.pdf and its sidecar, no partial copy of second.pdf
    }

    public sealed class Fixture : AddInHostFixture
    {
        protected override IReadOnlyDictionary<string, string?> MoreSettings => new Dictionary<string, string?>
        {
            ["RateLimits:EvidenceBytesPerUserPerHour"] = (100 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
    }
}
