using System.Text;
using System.Text.Json.Nodes;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Conversation.Evidence;
using CoopAssistant.Bot.Tests.Conversation.Claims;
using CoopAssistant.Claims.Access;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Services;
using CoopAssistant.Claims.Work;
using CoopAssistant.Scheduling.Work;
using Microsoft.Extensions.DependencyInjection;
using CoopAssistant.TestKit;
using CoopAssistant.TestKit.Channel;
using Xunit.Abstractions;
using CoopAssistant.TestKit.App.Hosting;

namespace CoopAssistant.Bot.Tests.Conversation.Evidence;

/// <summary>Files dropped into the 1:1 chat, over real HTTP with the fake channel, kept in the local evidence folder.</summary>
public sealed class ChatFileEvidenceTests(ChatFileHostFixture fixture, ITestOutputHelper output) : IClassFixture<ChatFileHostFixture>
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n% a small test document\n%%EOF\n");

    private static ClaimsCaller User => ClaimConversation.User;

    [Fact]
    public async Task AFileDropped_AfterTheKindWasChosen_IsKeptAndTheClaimCardShowsIt()
    {
        var (chat, conversationId) = NewChat("a:evidence-one");
        var claim = await chat.CreateDirectlyAsync(User, "Chat file webinar");
        await ChooseKindAsync(chat, claim, EvidenceKind.ProofOfExecution);

        var message = ChatFileConversation.FileMessage(fixture.Channel.ServiceUrl, conversationId, "en-US", ("attendees.pdf", fixture.Files.Add(Pdf)));
        var id = await ChatFileConversation.PostAsync(fixture.Host, message);

        // The turn answers with the progress card at once; the background work replaces it with the claim card, found by its
        // content: the background review updates the same message too ("Reviewing the documents…", then its result), in any order
        // relative to the wait.
        static bool IsClaimCard(ReceivedActivity a, string progressId) => a.Method == "PUT" && a.ActivityId == progressId
            && ClaimConversation.Json(a.Activity).Contains("added as", StringComparison.Ordinal);
        var received = await fixture.Channel.WaitForAsync(r =>
            ChatFileConversation.RepliesTo(r, id).FirstOrDefault(a => a.Cards.Any()) is { } progress
            && r.Any(a => IsClaimCard(a, progress.ActivityId!)));
        var replies = ChatFileConversation.RepliesTo(received, id).ToList();
        Assert.Equal("typing", replies[0].Type);
        var progress = replies.Single(a => a.Cards.Any());
        Assert.Contains("Copying 1 of 1 file…", ClaimConversation.Json(progress.Activity), StringComparison.Ordinal);
        var card = Assert.Single(received.Last(a => IsClaimCard(a, progress.ActivityId!)).Cards);
        var json = ClaimConversation.Json(card);
        Assert.Contains("1 file added as Proof of execution (POE).", json, StringComparison.Ordinal);
        Assert.Contains("✓ Proof of execution (POE): 1 file", json, StringComparison.Ordinal);

        var stored = await chat.ReadAsync(User, claim.Id);
        var evidence = Assert.Single(stored.Evidence);
        Assert.Equal("attendees.pdf", evidence.Name);
        Assert.Equal(EvidenceKind.ProofOfExecution, evidence.Kind);
        Assert.Equal(EvidenceSource.TeamsUpload, evidence.Source);
        Assert.Equal(Pdf.Length, evidence.SizeBytes);
        await CardAssert.AllValidAsync([("claim card after chat file", card)]);
    }

    [Fact]
    public async Task SeveralFiles_ShowOneProgressCardUpdatedInPlace_AndEachRefusalHasItsOwnMessage()
    {
        var (chat, conversationId) = NewChat("a:evidence-many");
        var claim = await chat.CreateDirectlyAsync(User, "Many files event");
        await ChooseKindAsync(chat, claim, EvidenceKind.CoreRequirementDocumentation);

        var message = ChatFileConversation.FileMessage(
            fixture.Channel.ServiceUrl,
            conversationId,
            "en-US",
            ("agenda.pdf", fixture.Files.Add(Pdf)),
            ("../../escape.pdf", fixture.Files.Add(Pdf)),
            ("empty.pdf", fixture.Files.Add([])),
            ("huge.pdf", fixture.Files.Add(new byte[ChatFileHostFixture.MaxFileBytes + 1])),
            ("setup.exe", fixture.Files.Add(Pdf)),
            ("elsewhere.pdf", new Uri("https://files.example.com/elsewhere.pdf")));
        var id = await ChatFileConversation.PostAsync(fixture.Host, message);
        var received = await fixture.Channel.WaitForAsync(r =>
            ChatFileConversation.RepliesTo(r, id).FirstOrDefault(a => a.Cards.Any()) is { } progress
            && r.Any(a => a.Method == "PUT" && a.ActivityId == progress.ActivityId && ClaimConversation.Json(a.Activity).Contains("Many files event", StringComparison.Ordinal)));

        var replies = ChatFileConversation.RepliesTo(received, id).ToList();
        Assert.Equal("typing", replies[0].Type);
        var first = Assert.Single(replies, a => a.Cards.Any());
        Assert.Contains("Copying 1 of 6 files…", ClaimConversation.Json(first.Activity), StringComparison.Ordinal);
        var updates = received.Where(a => a.Method == "PUT" && a.ActivityId == first.ActivityId).ToList();
        Assert.Equal(6, updates.Count);
        Assert.Contains("Copying 6 of 6 files…", ClaimConversation.Json(updates[^2].Activity), StringComparison.Ordinal);

        var final = Visible(ClaimConversation.Json(Assert.Single(updates[^1].Cards)));
        Assert.Contains("1 file added as", final, StringComparison.Ordinal);
        Assert.Contains("../../escape.pdf was not added: the file name is not valid", final, StringComparison.Ordinal);
        Assert.Contains("empty.pdf was not added: the file is empty (0 bytes).", final, StringComparison.Ordinal);
        Assert.Contains("huge.pdf was not added: the file is larger than the size allowed", final, StringComparison.Ordinal);
        Assert.Contains("setup.exe was not added: this type of file is not accepted", final, StringComparison.Ordinal);
        Assert.Contains("elsewhere.pdf was not added: the file comes from a place I do not download from.", final, StringComparison.Ordinal);

        var stored = await chat.ReadAsync(User, claim.Id);
        Assert.Equal(["agenda.pdf"], stored.Evidence.Select(e => e.Name));
        await CardAssert.AllValidAsync([("progress", first.Cards.Single()), ("claim card with refusals", updates[^1].Cards.Single())]);
    }

    /// <summary>A download link whose server sends more than the size limit without saying so up front (chunked, no
    /// Content-Length): the download is cut off at the limit and refused with the size message; nothing is kept or recorded.</summary>
    [Fact]
    public async Task AFileStreamedPastTheSizeLimit_WithoutALength_IsCutOffAndRefused()
    {
        var (chat, conversationId) = NewChat("a:evidence-streamed-huge");
        var claim = await chat.CreateDirectlyAsync(User, "Streamed file event");
        await ChooseKindAsync(chat, claim, EvidenceKind.ProofOfExecution);
        var huge = new byte[ChatFileHostFixture.MaxFileBytes * 8];
        Pdf.CopyTo(huge, 0);

        var message = ChatFileConversation.FileMessage(fixture.Channel.ServiceUrl, conversationId, "en-US", ("streamed.pdf", fixture.Files.Add(huge, chunked: true)));
        var id = await ChatFileConversation.PostAsync(fixture.Host, message);
        var received = await fixture.Channel.WaitForAsync(r =>
            ChatFileConversation.RepliesTo(r, id).FirstOrDefault(a => a.Cards.Any()) is { } progress
            && r.Any(a => a.Method == "PUT" && a.ActivityId == progress.ActivityId && ClaimConversation.Json(a.Activity).Contains("was not added", StringComparison.Ordinal)));

        // Found by its content, like the other waits here: a background review may update the same message too.
        var progress = ChatFileConversation.RepliesTo(received, id).First(a => a.Cards.Any());
        var final = Visible(ClaimConversation.Json(Assert.Single(received.Last(a => a.Method == "PUT" && a.ActivityId == progress.ActivityId
            && ClaimConversation.Json(a.Activity).Contains("was not added", StringComparison.Ordinal)).Cards)));
        Assert.Contains("streamed.pdf was not added: the file is larger than the size allowed", final, StringComparison.Ordinal);
        Assert.Empty((await chat.ReadAsync(User, claim.Id)).Evidence);
        Assert.DoesNotContain(
            Directory.EnumerateFiles(fixture.Host.DataDirectory, "*", SearchOption.AllDirectories),
            f => new FileInfo(f).Length >= ChatFileHostFixture.MaxFileBytes && !f.EndsWith(".db", StringComparison.Ordinal) && !f.Contains(".db-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AFileWithoutAChosenKind_AsksWhichClaimAndKind_ThenIsKeptOnTheChoice()
    {
        var (chat, conversationId) = NewChat("a:evidence-ask", "pt-BR");
        var claim = await chat.CreateDirectlyAsync(User, "Evento sem tipo escolhido");

        var message = ChatFileConversation.FileMessage(fixture.Channel.ServiceUrl, conversationId, "pt-BR", ("fatura.pdf", fixture.Files.Add(Pdf)));
        var id = await ChatFileConversation.PostAsync(fixture.Host, message);
        var received = await fixture.Channel.WaitForAsync(r => ChatFileConversation.RepliesTo(r, id).Any(a => a.Cards.Any()));
        var choose = Assert.Single(ChatFileConversation.RepliesTo(received, id).Single(a => a.Cards.Any()).Cards);
        Assert.Contains("Adicionar 1 arquivo como evidência", ClaimConversation.Json(choose), StringComparison.Ordinal);
        Assert.Empty((await chat.ReadAsync(User, claim.Id)).Evidence);

        var progress = await chat.PressAsync(choose, CardVerbs.EvidenceChatFiles, new JsonObject
        {
            [ChatFileCards.ClaimInput] = claim.Id.ToString("D"),
            ["evidenceKind"] = nameof(EvidenceKind.VendorInvoice),
        });

        // The click is answered with the progress card; the clicked card is then updated in place with the claim card.
        Assert.Contains("Copiando 1 de 1 arquivo…", ClaimConversation.Json(progress), StringComparison.Ordinal);
        // The card meant is found by its content: the background review may update the same message again meanwhile.
        bool IsAnswer(ReceivedActivity a) => a.ConversationId == conversationId && a.Method == "PUT"
            && ClaimConversation.Json(a.Activity).Contains("adicionado como", StringComparison.Ordinal);
        var updated = await fixture.Channel.WaitForAsync(r => r.Any(IsAnswer));
        var answer = Assert.Single(updated.Last(IsAnswer).Cards);
        Assert.Contains("1 arquivo adicionado como", ClaimConversation.Json(answer), StringComparison.Ordinal);
        var evidence = Assert.Single((await chat.ReadAsync(User, claim.Id)).Evidence);
        Assert.Equal(("fatura.pdf", EvidenceKind.VendorInvoice), (evidence.Name, evidence.Kind));
        await CardAssert.AllValidAsync([("choose claim and kind", choose), ("progress", progress), ("claim card after choice", answer)]);
    }

    [Fact]
    public async Task TheChoice_WithAnUnknownKind_StoresNothing()
    {
        var (chat, conversationId) = NewChat("a:evidence-bad-kind");
        var claim = await chat.CreateDirectlyAsync(User, "Bad kind event");
        var message = ChatFileConversation.FileMessage(fixture.Channel.ServiceUrl, conversationId, "en-US", ("invoice.pdf", fixture.Files.Add(Pdf)));
        var id = await ChatFileConversation.PostAsync(fixture.Host, message);
        var received = await fixture.Channel.WaitForAsync(r => ChatFileConversation.RepliesTo(r, id).Any(a => a.Cards.Any()));
        var choose = ChatFileConversation.RepliesTo(received, id).Single(a => a.Cards.Any()).Cards.Single();

        var answer = await chat.PressAsync(choose, CardVerbs.EvidenceChatFiles, new JsonObject
        {
            [ChatFileCards.ClaimInput] = claim.Id.ToString("D"),
            ["evidenceKind"] = "7",
        });

        Assert.Contains("\"id\":\"evidenceClaim\"", ClaimConversation.Json(answer), StringComparison.Ordinal);
        Assert.Empty((await chat.ReadAsync(User, claim.Id)).Evidence);
    }

    [Fact]
    public async Task TwentyFilesWithoutAChosenKind_GetAChoiceCardWithinTeamsSizeLimit_ThatCarriesNoDownloadLink()
    {
        var (chat, conversationId) = NewChat("a:evidence-twenty");
        await chat.CreateDirectlyAsync(User, "Twenty files event");
        var files = Enumerable.Range(1, ChatFileAttachments.MaxFiles).Select(i => ($"scan {i:00}.pdf", fixture.Files.Add(Pdf))).ToArray();
        Assert.All(files, f => Assert.True(f.Item2.AbsoluteUri.Length > 1800, "the fake hands out links as long as Teams' (about 1.9 KB)"));
        var refused = fixture.Channel.RefusedTooLarge;

        var message = ChatFileConversation.FileMessage(fixture.Channel.ServiceUrl, conversationId, "en-US", files);
        var id = await ChatFileConversation.PostAsync(fixture.Host, message);
        var received = await fixture.Channel.WaitForAsync(r => ChatFileConversation.RepliesTo(r, id).Any(a => a.Cards.Any()));

        // The strict channel refuses activities over 28 KB (413 MessageSizeTooBig): the card went through, and holds no link.
        Assert.Equal(refused, fixture.Channel.RefusedTooLarge);
        var reply = ChatFileConversation.RepliesTo(received, id).Single(a => a.Cards.Any());
        var json = reply.Activity.ToJsonString();
        Assert.True(Encoding.UTF8.GetByteCount(json) < FakeTeamsChannel.MaxActivityBytes);
        output.WriteLine($"choice card for 20 files: {Encoding.UTF8.GetByteCount(json)} bytes; the message that brought them: {Encoding.UTF8.GetByteCount(message.ToJsonString())} bytes");
        Assert.Contains("Add 20 files as evidence", ClaimConversation.Json(reply.Activity), StringComparison.Ordinal);
        Assert.DoesNotContain("tempauth", json, StringComparison.Ordinal);
        Assert.DoesNotContain("download.aspx", json, StringComparison.Ordinal);
        Assert.DoesNotContain("downloadUrl", json, StringComparison.Ordinal);
        var data = ClaimConversation.ActionData(reply.Cards.Single(), CardVerbs.EvidenceChatFiles);
        Assert.True(data.ToJsonString().Length < 200, "the button carries a short id: " + data.ToJsonString());
    }

    [Fact]
    public async Task TheChoice_MadeAfterTheDownloadLinksExpired_StillKeepsTheFiles_DownloadedWhenTheyArrived()
    {
        var (chat, conversationId) = NewChat("a:evidence-expired");
        var claim = await chat.CreateDirectlyAsync(User, "Late choice event");
        var downloads = fixture.Graph.Count("chatfile");
        var message = ChatFileConversation.FileMessage(
            fixture.Channel.ServiceUrl, conversationId, "en-US", ("invoice.pdf", fixture.Files.Add(Pdf)), ("photos.zip", fixture.Files.Add(Pdf)));
        var id = await ChatFileConversation.PostAsync(fixture.Host, message);
        var received = await fixture.Channel.WaitForAsync(r => ChatFileConversation.RepliesTo(r, id).Any(a => a.Cards.Any()));
        var choose = ChatFileConversation.RepliesTo(received, id).Single(a => a.Cards.Any()).Cards.Single();
        await WaitUntilAsync(() => fixture.Graph.Count("chatfile") == downloads + 2);

        // An hour later the links no longer work; the files were downloaded when they arrived.
        fixture.Files.ExpireAll();
        var progress = await chat.PressAsync(choose, CardVerbs.EvidenceChatFiles, new JsonObject
        {
            [ChatFileCards.ClaimInput] = claim.Id.ToString("D"),
            ["evidenceKind"] = nameof(EvidenceKind.ProofOfExecution),
        });

        Assert.Contains("Copying 1 of 2 files…", ClaimConversation.Json(progress), StringComparison.Ordinal);
        bool IsAnswer(ReceivedActivity a) => a.ConversationId == conversationId && a.Method == "PUT"
            && ClaimConversation.Json(a.Activity).Contains("added as", StringComparison.Ordinal);
        var updated = await fixture.Channel.WaitForAsync(r => r.Any(IsAnswer));
        Assert.Contains("2 files added as", ClaimConversation.Json(updated.Last(IsAnswer).Activity), StringComparison.Ordinal);
        Assert.Equal(["invoice.pdf", "photos.zip"], (await chat.ReadAsync(User, claim.Id)).Evidence.Select(e => e.Name).Order());
        Assert.Equal(downloads + 2, fixture.Graph.Count("chatfile"));
    }

    [Fact]
    public async Task FilesWhoseClaimIsNeverChosen_AreDeletedFromTheIncomingFolder_AndALateChoiceSaysTheyAreGone()
    {
        var (chat, conversationId) = NewChat("a:evidence-never");
        var claim = await chat.CreateDirectlyAsync(User, "Never chosen event");
        var incoming = Path.Combine(fixture.Host.DataDirectory, "evidence", BotHostFactoryTenantFolder, "_incoming");
        var message = ChatFileConversation.FileMessage(fixture.Channel.ServiceUrl, conversationId, "en-US", ("forgotten.pdf", fixture.Files.Add(Encoding.ASCII.GetBytes("%PDF-1.4 forgotten"))));
        var id = await ChatFileConversation.PostAsync(fixture.Host, message);
        var received = await fixture.Channel.WaitForAsync(r => ChatFileConversation.RepliesTo(r, id).Any(a => a.Cards.Any()));
        var choose = ChatFileConversation.RepliesTo(received, id).Single(a => a.Cards.Any()).Cards.Single();
        await WaitUntilAsync(() => Directory.Exists(incoming) && Directory.EnumerateFiles(incoming).Any(f => ReadIfStillThere(f).Contains("forgotten", StringComparison.Ordinal)));

        // Evidence:IncomingRetention later, nobody having chosen, the kept copy is deleted.
        await WaitUntilAsync(() => !Directory.EnumerateFiles(incoming).Any(f => ReadIfStillThere(f).Contains("forgotten", StringComparison.Ordinal)));

        // The copy can look gone for a moment while the store renames it into place: also wait for the discard work itself.
        var json = ClaimConversation.Json(choose);
        var at = json.IndexOf("\"" + ChatFileCards.BatchKey + "\":\"", StringComparison.Ordinal) + ChatFileCards.BatchKey.Length + 4;
        var batchId = Guid.ParseExact(json.Substring(at, 32), "N");
        var queue = fixture.Host.Services.GetRequiredService<IBackgroundWorkQueue>();
        await WaitUntilAsync(async () => await queue.FindByKeyAsync(ChatFilesDiscardWork.WorkKind, ChatFilesDiscardWork.Key(batchId), default) is { State: not BackgroundWorkState.Pending });

        var late = await chat.PressAsync(choose, CardVerbs.EvidenceChatFiles, new JsonObject
        {
            [ChatFileCards.ClaimInput] = claim.Id.ToString("D"),
            ["evidenceKind"] = nameof(EvidenceKind.ProofOfExecution),
        });

        Assert.Contains("no longer waiting here", ClaimConversation.Json(late), StringComparison.Ordinal);
        Assert.Empty((await chat.ReadAsync(User, claim.Id)).Evidence);
    }

    private const string BotHostFactoryTenantFolder = BotHostFactory.TenantId;

    /// <summary>A file listed a moment ago may be gone by now (the store writes a temporary file and renames it; the cleanup
    /// deletes), or still be held open by the store's writer: it then reads as empty.</summary>
    private static string ReadIfStillThere(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (FileNotFoundException)
        {
            return string.Empty;
        }
        catch (IOException)
        {
            // The store still holds its temporary file open for writing: not readable yet.
            return string.Empty;
        }
    }

    private static Task WaitUntilAsync(Func<bool> done) => WaitUntilAsync(() => Task.FromResult(done()));

    private static async Task WaitUntilAsync(Func<Task<bool>> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await done())
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out");
            await Task.Delay(20);
        }
    }

    /// <summary>The text as shown: without the zero-width characters <see cref="CardText.Escape"/> adds to user text.</summary>
    private static string Visible(string json) =>
        json.Replace(CardText.ZeroWidthSpace.ToString(), string.Empty, StringComparison.Ordinal).Replace(CardText.WordJoiner.ToString(), string.Empty, StringComparison.Ordinal);

    private (ClaimConversation Chat, string ConversationId) NewChat(string prefix, string locale = "en-US")
    {
        var conversationId = prefix + "-" + Guid.NewGuid().ToString("N")[..8];
        return (new ClaimConversation(fixture.Host, fixture.Channel, conversationId, locale), conversationId);
    }

    private static async Task ChooseKindAsync(ClaimConversation chat, ClaimView claim, EvidenceKind kind)
    {
        var card = await chat.InvokeAsync(CardVerbs.EvidenceAttach, new JsonObject
        {
            [CardDataKeys.ClaimId] = claim.Id.ToString("D"),
            [CardDataKeys.ClaimVersion] = claim.Version,
            ["step"] = "choose",
            ["evidenceKind"] = kind.ToString(),
        });
        Assert.Contains("Evidence kind:", ClaimConversation.Json(card), StringComparison.Ordinal);
    }
}
