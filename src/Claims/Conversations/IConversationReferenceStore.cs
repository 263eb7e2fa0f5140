namespace CoopAssistant.Claims.Conversations;

public interface IConversationReferenceStore
{
    Task<ConversationReferenceRecord?> FindAsync(string tenantId, string userAadObjectId, CancellationToken cancellationToken);

    Task UpsertAsync(ConversationReferenceRecord reference, CancellationToken cancellationToken);
}
