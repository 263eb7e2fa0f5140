using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Tests.Conversation.Claims;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Services;
using CoopAssistant.Claims.Validation;
using CoopAssistant.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace CoopAssistant.Bot.Tests.Conversation.Evidence;

/// <summary>A file dropped into the chat before the user signed in to Microsoft 365: the sign-in card comes by itself and the file is kept after the exchange.</summary>
public sealed class ChatFilesBeforeSignInTests(SignInHostFixture fixture) : IClassFixture<SignInHostFixture>
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n% dropped before signing in\n%%EOF\n");

    [Fact]
    public async Task FileDroppedWhileSignedOut_SendsTheOAuthCard_ThenIsKeptInGraphAfterTheTokenExchange_Once()
    {
        var chat = new GraphChat(fixture, "a:chat-files-sign-in");
        var claims = fixture.Host.Services.GetRequiredService<IClaimService>();
        var claim = Assert.IsType<ClaimView>((await claims.CreateAsync(
            ClaimConversation.User,
            new ClaimDraft(ClaimProgram.PartnerCoop, ActivityType.Seminar, "Sign-in first seminar", new(2026, 7, 1), new(2026, 12, 31), new(2026, 9, 15), 400m, "USD", true, false),
            default)).Value);
        var data = GraphChat.ClaimData(claim);
        data["step"] = "choose";
        data["evidenceKind"] = nameof(EvidenceKind.ProofOfExecution);
        await chat.InvokeAsync(CardVerbs.EvidenceAttach, data);

        var message = ChatFileConversation.FileMessage(fixture.Channel.ServiceUrl, chat.ConversationId, "en-US", ("badge scans.pdf", fixture.Files.Add(Pdf)));
        Assert.Equal(HttpStatusCode.OK, (await chat.PostAsync(message)).Status);
        var id = message["id"]!.GetValue<string>();
        var received = await fixture.Channel.WaitForAsync(r => ChatFileConversation.RepliesTo(r, id).Any(a => IsOAuthCard(a.Activity)));
        var replies = ChatFileConversation.RepliesTo(received, id).Select(a => a.Activity.ToJsonString()).ToList();
        Assert.Contains(replies, r => r.Contains("I will keep the file you sent", StringComparison.Ordinal));
        Assert.Empty((await ReadAsync(claims, claim)).Evidence);
        Assert.Equal(0, fixture.Graph.Count("upload-put"));

        await chat.SignInAsync();

        // The exchange is answered at once; the file is kept by background work, which updates the progress card in place.
        var after = await fixture.Channel.WaitForAsync(r => r.Any(a => a.ConversationId == chat.ConversationId && a.Method == "PUT" && a.Cards.Any(c => c.ToJsonString().Contains("added as", StringComparison.Ordinal))));
        // Found by its content: the background review updates the same message too, in any order.
        var card = after.Last(a => a.ConversationId == chat.ConversationId && a.Method == "PUT" && a.Cards.Any(c => c.ToJsonString().Contains("added as", StringComparison.Ordinal))).Cards.Single();
        Assert.Contains("1 file added as", ClaimConversation.Json(card), StringComparison.Ordinal);
        var kept = Assert.Single((await ReadAsync(claims, claim)).Evidence);
        Assert.Equal(("badge scans.pdf", EvidenceSource.TeamsUpload, (long)Pdf.Length), (kept.Name, kept.Source, kept.SizeBytes));
        Assert.NotNull(kept.KeptCopyLocation);
        Assert.Equal(1, fixture.Graph.Count("upload-put"));

        await chat.SignInAsync();
        Assert.Single((await ReadAsync(claims, claim)).Evidence);
        await CardAssert.AllValidAsync([("claim card after sign-in", card)]);
    }

    private static bool IsOAuthCard(JsonObject activity) =>
        (activity["attachments"] as JsonArray ?? []).Any(a => a?["contentType"]?.GetValue<string>() == "application/vnd.microsoft.card.oauth");

    private static async Task<ClaimView> ReadAsync(IClaimService claims, ClaimView claim) =>
        Assert.IsType<ClaimView>((await claims.GetAsync(ClaimConversation.User, claim.Id, default)).Value);
}
