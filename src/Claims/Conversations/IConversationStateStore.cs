namespace CoopAssistant.Claims.Conversations;

public interface IConversationStateStore
{
    Task<ConversationStateRecord?> GetAsync(string conversationId, CancellationToken ct);

    /// <summary>Saves <paramref name="state"/> if the stored version equals <paramref name="expectedVersion"/> (0 = insert a new row); the stored version becomes <c>state.Version</c>. False on a version conflict.</summary>
    Task<bool> TrySaveAsync(ConversationStateRecord state, long expectedVersion, CancellationToken ct);
}
