namespace CoopAssistant.Bot.Conversation.Claims.NewClaim;

public enum ClaimFormMode
{
    New = 0,
    Edit = 1,
}
