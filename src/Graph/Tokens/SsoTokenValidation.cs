using CoopAssistant.Graph.Evidence;

namespace CoopAssistant.Graph.Tokens;

/// <summary>Result of validating a Teams SSO token: the user, or why it was refused.</summary>
public sealed record SsoTokenValidation(GraphUserKey? User, TokenRejectionReason? Reason)
{
    public bool IsValid => User is not null && Reason is null;

    public static SsoTokenValidation Valid(GraphUserKey user) => new(user, null);

    public static SsoTokenValidation Rejected(TokenRejectionReason reason) => new(null, reason);
}
