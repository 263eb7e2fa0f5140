using System.Text.Json;

namespace CoopAssistant.Bot.Cards;

/// <summary>
/// A card ready to go into an Activity's <c>attachments</c> (map it to the protocol layer's Attachment:
/// <c>new Attachment { ContentType = a.ContentType, Content = a.Content }</c>).
/// </summary>
public sealed record CardAttachment(string ContentType, JsonElement Content);
