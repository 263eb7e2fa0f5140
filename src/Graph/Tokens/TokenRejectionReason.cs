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
}
