using Microsoft.Extensions.Caching.Memory;

namespace CoopAssistant.Bot.Conversation.Claims.Turns;

/// <summary>
/// Forms already turned into claims in this process (for <see cref="Lifetime"/>), so a second click on the same form shows
/// the claim created by the first without a database write; forms that were stored with errors are also remembered in
/// <see cref="ClaimConversationState.Created"/>.
/// </summary>
public sealed class CreatedForms(IMemoryCache cache)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    public bool TryGet(string conversationId, string formId, out Guid claimId) => cache.TryGetValue(Key(conversationId, formId), out claimId);

    public void Remember(string conversationId, string formId, Guid claimId) =>
        cache.Set(Key(conversationId, formId), claimId, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = Lifetime, Size = 1 });

    private static string Key(string conversationId, string formId) => "claimflow:created:" + conversationId + ":" + formId;
}
