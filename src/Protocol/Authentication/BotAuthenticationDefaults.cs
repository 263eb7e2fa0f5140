namespace CoopAssistant.Protocol.Authentication;

public static class BotAuthenticationDefaults
{
    /// <summary>The policy scheme the endpoint authenticates with; it forwards by token issuer.</summary>
    public const string Scheme = "Bot";

    public const string BotFrameworkScheme = "BotFramework";

    public const string EntraScheme = "BotEntra";

    /// <summary>Claim added for each channel that endorses the key the token was signed with.</summary>
    public const string EndorsementClaim = "bf:endorsement";

    /// <summary>Claim added when the signing key has no endorsements to check (Entra-issued tokens).</summary>
    public const string EndorsementsNotApplicableClaim = "bf:endorsements-not-applicable";

    public const string ServiceUrlClaim = "serviceurl";
}
