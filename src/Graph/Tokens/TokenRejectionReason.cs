namespace CoopAssistant.Graph.Tokens;

/// <summary>Why a Teams SSO token was not accepted.</summary>
public enum TokenRejectionReason
{
    Malformed,
    WrongAudience,
    Expired,
    WrongIssuer,
    TenantNotAllowed,
    BadSignature,
    MissingClaims,
    SigningKeysUnavailable,
    NotConfigured,

    /// <summary>The token's <c>scp</c> does not hold the app's scope (<see cref="SsoTokenRules.RequiredScope"/>).</summary>
    MissingScope,

    /// <summary>The token's user (<c>oid</c>, <c>tid</c>) is not the user of the activity that carried it.</summary>
    WrongUser,
}
