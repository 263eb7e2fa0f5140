using CoopAssistant.Claims.Storage;
using Microsoft.EntityFrameworkCore;

namespace CoopAssistant.Claims.Conversations;

internal sealed class ConversationStateStore(ClaimsDatabase database) : IConversationStateStore
{
    public async Task<ConversationStateRecord?> GetAsync(string conversationId, CancellationToken ct)
    {
        await using var context = database.ForSystem();
        return await Find.For(context)(context, conversationId, ct);
    }

    // Read on every claim turn: compiled once, projected straight into the record (nothing tracked).
    private static readonly CompiledQuery<Func<ClaimsDbContext, string, CancellationToken, Task<ConversationStateRecord?>>> Find = new(() => EF.CompileAsyncQuery(
        (ClaimsDbContext context, string conversationId, CancellationToken _) => context.ConversationStates
            .Where(s => s.ConversationId == conversationId)
            .Select(s => new ConversationStateRecord(s.ConversationId, s.Json, s.Version, s.UpdatedAt))
            .FirstOrDefault()));

    public async Task<bool> TrySaveAsync(ConversationStateRecord state, long expectedVersion, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(state);
        await using var context = database.ForSystem();
        if (expectedVersion == 0)
        {
            context.ConversationStates.Add(new ConversationStateEntity
            {
                ConversationId = state.ConversationId,
                Json = state.Json,
                Version = state.Version,
                UpdatedAt = state.UpdatedAt,
            });
            try
            {
                await context.SaveChangesAsync(ct);
                return true;
            }
            catch (DbUpdateException)
            {
                return false;
            }
        }

        var updated = await context.ConversationStates
            .Where(s => s.ConversationId == state.ConversationId && s.Version == expectedVersion)
            .ExecuteUpdateAsync(
                set => set.SetProperty(s => s.Json, state.Json).SetProperty(s => s.Version, state.Version).SetProperty(s => s.UpdatedAt, state.UpdatedAt),
                ct);
        return updated == 1;
    }
}
