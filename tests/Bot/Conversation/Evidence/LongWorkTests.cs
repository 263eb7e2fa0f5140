using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Conversation.Evidence.Search;
using CoopAssistant.Bot.Tests.Conversation.Claims;
using CoopAssistant.Bot.Tests.Hosting;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Services;
using CoopAssistant.Claims.Validation;
using CoopAssistant.Graph.Evidence;
using CoopAssistant.Graph.Tokens;
using CoopAssistant.TestKit;
using CoopAssistant.TestKit.Channel;
using Microsoft.Extensions.DependencyInjection;
using CoopAssistant.TestKit.App.Hosting;

namespace CoopAssistant.Bot.Tests.Conversation.Evidence;

/// <summary>
/// Work that outlasts a turn (Graph copies, chat file downloads, the files kept after a sign-in) against the strict fake channel,
/// which abandons a turn that has not answered in time (504, the request cancelled) as Azure Bot Service does. The turns answer
/// at once with a progress card; background work finishes the job, updates the card in place, and survives a host stopping.
/// The turn timeout is shortened from 15 s to keep the tests quick; the slow parts last longer than it.
/// </summary>
public sealed class LongWorkTests(SignInHostFixture fixture) : IClassFixture<SignInHostFixture>, IAsyncLifetime
{
    // Shorter than the channel's 15 s to keep the suite quick, yet long enough that a loaded test machine answers a quick turn in time.
    private static readonly TimeSpan TurnTimeout = TimeSpan.FromSeconds(8);
    private static readonly TimeSpan SlowerThanATurn = TimeSpan.FromSeconds(11);
    private static readonly TimeSpan WorkTimeout = TimeSpan.FromSeconds(60);
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n% slow to download\n%%EOF\n");

    public Task InitializeAsync()
    {
        fixture.Channel.TurnTimeout = TurnTimeout;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        fixture.Channel.TurnTimeout = FakeTeamsChannel.DefaultTurnTimeout;
        fixture.Graph.CopyDuration = TimeSpan.Zero;
        fixture.Graph.ChatFileDownloadDelay = TimeSpan.Zero;
        await fixture.Host.Services.GetRequiredService<IGraphTokenService>()
            .SignOutAsync(new GraphUserKey(BotHostFactory.TenantId, BotHostFactory.UserObjectId), default);
    }

    [Fact]
    public async Task AttachingFoundFiles_WhoseCopiesOutlastTheTurn_IsAnsweredAtOnce_AndTheCardEndsAsTheClaimCard()
    {
        var chat = new GraphChat(fixture, "a:long-copies");
        var claim = await CreateClaimAsync("Slow copy seminar");
        fixture.Graph.AddFile("Slowcopy agenda.pdf", 5000, folder: "/Coop");
        fixture.Graph.AddFile("Slowcopy photos.zip", 9000, site: "Marketing", mimeType: "application/zip");
        await chat.SignInAsync();
        var data = GraphChat.ClaimData(claim);
        data[FileSearchCards.QueryInput] = "slowcopy";
        var results = await chat.InvokeAsync(FileSearchCards.SearchVerb, data);
        var attach = ClaimConversation.ActionData(results, CardVerbs.EvidenceAttachFound);
        attach[FileSearchCards.FilesInput] = string.Join(",", Choices(results));
        attach["evidenceKind"] = nameof(EvidenceKind.ProofOfExecution);
        fixture.Graph.CopyDuration = SlowerThanATurn;
        var abandoned = fixture.Channel.AbandonedTurns;

        var progress = await chat.InvokeAsync(CardVerbs.EvidenceAttachFound, attach);

        Assert.Equal(abandoned, fixture.Channel.AbandonedTurns);
        Assert.Contains("Copying 1 of 2 files…", ClaimConversation.Json(progress), StringComparison.Ordinal);
        var card = await UpdatedCardAsync(chat.ConversationId, "2 files added as");
        Assert.Equal(2, (await ReadAsync(claim.Id)).Evidence.Count);
        await CardAssert.AllValidAsync([("progress", progress), ("claim card after slow copies", card)]);
    }

    [Fact]
    public async Task FilesDroppedIntoTheChat_WhoseDownloadOutlastsTheTurn_AreAnsweredAtOnce_AndKeptInTheBackground()
    {
        var chat = new GraphChat(fixture, "a:long-downloads");
        var claim = await CreateClaimAsync("Slow download seminar");
        await chat.SignInAsync();
        await ChooseKindAsync(chat, claim);
        fixture.Graph.ChatFileDownloadDelay = SlowerThanATurn;
        var abandoned = fixture.Channel.AbandonedTurns;

        var message = ChatFileConversation.FileMessage(fixture.Channel.ServiceUrl, chat.ConversationId, "en-US", ("slow scan.pdf", fixture.Files.Add(Pdf)));
        var (status, _) = await chat.PostAsync(message);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(abandoned, fixture.Channel.AbandonedTurns);
        var card = await UpdatedCardAsync(chat.ConversationId, "1 file added as");
        var kept = Assert.Single((await ReadAsync(claim.Id)).Evidence);
        Assert.Equal(("slow scan.pdf", (long)Pdf.Length), (kept.Name, kept.SizeBytes));
        await CardAssert.AllValidAsync([("claim card after a slow download", card)]);
    }

    [Fact]
    public async Task SignIn_WithFilesWaitingForIt_IsAnsweredAtOnce_EvenWhenTheirDownloadIsSlow()
    {
        var chat = new GraphChat(fixture, "a:long-sign-in");
        var claim = await CreateClaimAsync("Slow sign-in seminar");
        await ChooseKindAsync(chat, claim);
        var message = ChatFileConversation.FileMessage(fixture.Channel.ServiceUrl, chat.ConversationId, "en-US", ("waited.pdf", fixture.Files.Add(Pdf)));
        Assert.Equal(HttpStatusCode.OK, (await chat.PostAsync(message)).Status);
        await fixture.Channel.WaitForAsync(r => r.Any(a => a.ConversationId == chat.ConversationId && a.Activity.ToJsonString().Contains("card.oauth", StringComparison.Ordinal)));
        fixture.Graph.ChatFileDownloadDelay = SlowerThanATurn;
        var abandoned = fixture.Channel.AbandonedTurns;

        await chat.SignInAsync();

        Assert.Equal(abandoned, fixture.Channel.AbandonedTurns);
        await UpdatedCardAsync(chat.ConversationId, "1 file added as");
        Assert.Equal("waited.pdf", Assert.Single((await ReadAsync(claim.Id)).Evidence).Name);
    }

    [Fact]
    public async Task WorkInterruptedByItsHostStopping_IsFinishedOnceByTheNextHostOnTheSameDatabase()
    {
        var folder = Directory.CreateTempSubdirectory("coop-restart-");
        var database = $"Data Source={Path.Combine(folder.FullName, "restart.db")}";
        const string Conversation = "a:long-restart";
        var (parentA, hostA, clientA) = fixture.StartHost(database);
        string progressId;
        Guid claimId;
        try
        {
            var chat = new GraphChat(fixture, Conversation, clientA);
            var claim = Assert.IsType<ClaimView>((await hostA.Services.GetRequiredService<IClaimService>().CreateAsync(ClaimConversation.User, Draft("Restart seminar"), default)).Value);
            claimId = claim.Id;
            await chat.SignInAsync();
            await ChooseKindAsync(chat, claim);
            fixture.Graph.ChatFileDownloadDelay = TimeSpan.FromSeconds(30);
            var message = ChatFileConversation.FileMessage(fixture.Channel.ServiceUrl, Conversation, "en-US", ("kept across restarts.pdf", fixture.Files.Add(Pdf)));
            Assert.Equal(HttpStatusCode.OK, (await chat.PostAsync(message)).Status);
            var id = message["id"]!.GetValue<string>();
            var received = await fixture.Channel.WaitForAsync(r => ChatFileConversation.RepliesTo(r, id).Any(a => a.Cards.Any()));
            progressId = ChatFileConversation.RepliesTo(received, id).Single(a => a.Cards.Any()).ActivityId!;
            await Task.Delay(TimeSpan.FromSeconds(1));
        }
        finally
        {
            // The host stops while the download is under way: the work hands its row back.
            clientA.Dispose();
            await hostA.DisposeAsync();
            await parentA.DisposeAsync();
        }

        Assert.DoesNotContain(fixture.Channel.Received, a => a.ConversationId == Conversation && a.Method == "PUT");
        fixture.Graph.ChatFileDownloadDelay = TimeSpan.Zero;
        var (parentB, hostB, clientB) = fixture.StartHost(database);
        try
        {
            var received = await fixture.Channel.WaitForAsync(
                r => r.Any(a => a.ConversationId == Conversation && a.Method == "PUT" && a.ActivityId == progressId
                    && ClaimConversation.Json(a.Activity).Contains("1 file added as", StringComparison.Ordinal)),
                WorkTimeout);
            var stored = Assert.IsType<ClaimView>((await hostB.Services.GetRequiredService<IClaimService>().GetAsync(ClaimConversation.User, claimId, default)).Value);
            Assert.Equal("kept across restarts.pdf", Assert.Single(stored.Evidence).Name);
            Assert.Single(received, a => a.ConversationId == Conversation && a.Method == "PUT" && ClaimConversation.Json(a.Activity).Contains("added as", StringComparison.Ordinal));
        }
        finally
        {
            clientB.Dispose();
            await hostB.DisposeAsync();
            await parentB.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    private async Task<JsonObject> UpdatedCardAsync(string conversationId, string text)
    {
        var received = await fixture.Channel.WaitForAsync(
            r => r.Any(a => a.ConversationId == conversationId && a.Method == "PUT" && ClaimConversation.Json(a.Activity).Contains(text, StringComparison.Ordinal)),
            WorkTimeout);
        return Assert.Single(received.Last(a => a.ConversationId == conversationId && a.Method == "PUT" && ClaimConversation.Json(a.Activity).Contains(text, StringComparison.Ordinal)).Cards);
    }

    private async Task<ClaimView> CreateClaimAsync(string title) =>
        Assert.IsType<ClaimView>((await fixture.Host.Services.GetRequiredService<IClaimService>().CreateAsync(ClaimConversation.User, Draft(title), default)).Value);

    private static ClaimDraft Draft(string title) =>
        new(ClaimProgram.PartnerCoop, ActivityType.Seminar, title, new(2026, 7, 1), new(2026, 12, 31), new(2026, 9, 15), 400m, "USD", VendorsUsed: true, InHouseWork: false);

    private async Task<ClaimView> ReadAsync(Guid id) =>
        Assert.IsType<ClaimView>((await fixture.Host.Services.GetRequiredService<IClaimService>().GetAsync(ClaimConversation.User, id, default)).Value);

    private static async Task ChooseKindAsync(GraphChat chat, ClaimView claim)
    {
        var data = GraphChat.ClaimData(claim);
        data["step"] = "choose";
        data["evidenceKind"] = nameof(EvidenceKind.ProofOfExecution);
        await chat.InvokeAsync(CardVerbs.EvidenceAttach, data);
    }

    private static List<string> Choices(JsonObject card)
    {
        var input = (card["body"] as JsonArray ?? []).OfType<JsonObject>().Single(e => e["id"]?.GetValue<string>() == FileSearchCards.FilesInput);
        return [.. input["choices"]!.AsArray().Select(c => c!["value"]!.GetValue<string>())];
    }
}
