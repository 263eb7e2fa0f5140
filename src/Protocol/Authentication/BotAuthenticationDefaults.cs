namespace CoopAssistant.Protocol.Authentication;

public static class BotAuthenticationDefaults
{
    /// <summary>The scheme <c>/api/messages</c> authenticates with: Bot Framework channel tokens.</summary>
    public const string Scheme = "Bot";

    /// <summary>Claim added for each channel that endorses the key the token was signed with.</summary>
    public const string EndorsementClaim = "bf:endorsement";

    public const string ServiceUrlClaim = "serviceurl";
}
