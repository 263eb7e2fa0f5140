using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using CoopAssistant.Claims.Conversations;

namespace CoopAssistant.Bot.Conversation.Claims.Turns;

/// <summary>
/// Keeps <see cref="ClaimConversationState"/> under the <c>claimFlow</c> property of the conversation's stored state
/// (other properties are kept as they are), with optimistic versions so a restart or a concurrent turn loses nothing.
/// </summary>
public sealed class ClaimFormStateStore(IConversationStateStore store, TimeProvider time)
{
    public const string PropertyName = "claimFlow";
    private const int MaxAttempts = 5;

    public async Task<ClaimConversationState> GetAsync(string conversationId, CancellationToken cancellationToken)
    {
        var record = await store.GetAsync(conversationId, cancellationToken);
        return Read(record).State;
    }

    /// <summary>Applies <paramref name="change"/> to the stored state and saves it, re-reading on a version conflict.</summary>
    public async Task<ClaimConversationState> UpdateAsync(string conversationId, Func<ClaimConversationState, ClaimConversationState> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        for (var attempt = 1; ; attempt++)
        {
            var record = await store.GetAsync(conversationId, cancellationToken);
            var (root, state) = Read(record);
            var updated = change(state);
            root[PropertyName] = JsonSerializer.SerializeToNode(updated, ClaimStateJsonContext.Default.ClaimConversationState);
            var expected = record?.Version ?? 0;
            var saved = new ConversationStateRecord(conversationId, root.ToJsonString(), expected + 1, time.GetUtcNow());
            if (await store.TrySaveAsync(saved, expected, cancellationToken) || attempt == MaxAttempts)
            {
                return updated;
            }
        }
    }

    private static (JsonObject Root, ClaimConversationState State) Read(ConversationStateRecord? record)
    {
        JsonObject root;
        try
        {
            root = record is null || string.IsNullOrWhiteSpace(record.Json) ? [] : JsonNode.Parse(record.Json) as JsonObject ?? [];
        }
        catch (JsonException)
        {
            root = [];
        }

        ClaimConversationState? state = null;
        if (root[PropertyName] is JsonObject stored)
        {
            try
            {
                state = stored.Deserialize(ClaimStateJsonContext.Default.ClaimConversationState);
            }
            catch (JsonException)
            {
                state = null;
            }
        }

        return (root, state ?? new ClaimConversationState());
    }
}

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
[JsonSerializable(typeof(ClaimConversationState))]
internal sealed partial class ClaimStateJsonContext : JsonSerializerContext;
