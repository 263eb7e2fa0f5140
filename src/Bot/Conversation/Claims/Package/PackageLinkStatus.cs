namespace CoopAssistant.Bot.Conversation.Claims.Package;

public enum PackageLinkStatus
{
    Valid = 0,

    /// <summary>Genuine but past its expiry.</summary>
    Expired = 1,

    /// <summary>Missing, altered, forged or made with another key.</summary>
    Invalid = 2,
}
