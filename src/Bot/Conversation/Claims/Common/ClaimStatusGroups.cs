using CoopAssistant.Claims.Model;

namespace CoopAssistant.Bot.Conversation.Claims.Common;

/// <summary>Which statuses still need the partner to act before a deadline.</summary>
public static class ClaimStatusGroups
{
    public static bool IsOpen(ClaimStatus status) =>
        status is ClaimStatus.Draft or ClaimStatus.Ready or ClaimStatus.AdditionalDocumentationRequested;
}
