using System.Text.Json;
using System.Text.Json.Serialization;
using CoopAssistant.Bot.Conversation.Background;
using CoopAssistant.Scheduling.Work;

namespace CoopAssistant.Bot.Conversation.Review;

/// <summary>
/// Background work: the evidence review of one claim. Queued in the claim's own unit of work whenever its facts or evidence
/// change (no card: the findings are stored and every card shown later has them), and by the <c>review</c> command or button
/// with the card to update in place ("reviewing 3 of 8 documents…", then the claim card with its Review section).
/// <see cref="Force"/> reads the documents again even when the stored findings are up to date (the command). A
/// <see cref="FollowUp"/> comes after other work that ended with the claim card (files dropped into the chat): no progress is
/// shown, and the card is replaced once, by the claim card with the review's result.
/// </summary>
public sealed record ReviewWork(
    string TenantId, Guid ClaimId, ConversationAddress? Address = null, string? CardActivityId = null, bool Force = false, bool FollowUp = false)
{
    /// <summary>The key of the follow-up review queued by the work <paramref name="workId"/> (one, however often that work runs).</summary>
    public static string FollowUpKey(Guid workId) => "review:followup:" + workId.ToString("N");

    public static readonly BackgroundWorkKind<ReviewWork> WorkKind = new("evidence.review", ReviewWorkJsonContext.Default.ReviewWork);
}

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ReviewWork))]
internal sealed partial class ReviewWorkJsonContext : JsonSerializerContext;
