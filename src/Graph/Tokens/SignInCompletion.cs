namespace CoopAssistant.Graph.Tokens;

/// <summary>How the end of the sign-in fallback went.</summary>
public enum SignInCompletion
{
    /// <summary>The code was redeemed for the expected user; Graph tokens are cached.</summary>
    SignedIn,

    /// <summary>Someone else signed in in that window (another account than the chat's user): nothing is kept.</summary>
    WrongAccount,

    /// <summary>Entra refused the code (expired, already used, wrong redirect URI) or Graph is not configured.</summary>
    Failed,
}
