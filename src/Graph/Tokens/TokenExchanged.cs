using CoopAssistant.Graph.Evidence;

namespace CoopAssistant.Graph.Tokens;

/// <summary>A token exchange that succeeded: the value side of <see cref="IGraphTokenService.ExchangeAsync"/>'s result (answer 200).</summary>
public abstract record TokenExchanged
{
    private TokenExchanged()
    {
    }

    /// <summary>Graph token obtained on behalf of the user and cached for later silent use.</summary>
    public sealed record Obtained(GraphUserKey User, string AccessToken, DateTimeOffset ExpiresOn) : TokenExchanged;

    /// <summary>The exchange succeeded, and this exchange id had already succeeded for another Teams client of the same user: answer
    /// 200 and do nothing more (failures are never recorded, so every client gets its 412 when consent is needed).</summary>
    public sealed record Duplicate(string ExchangeId) : TokenExchanged;
}

/// <summary>Why a token exchange failed: the error side of <see cref="IGraphTokenService.ExchangeAsync"/>'s result. Each one means:
/// answer 412 and send a sign-in card.</summary>
public abstract record TokenExchangeFailure
{
    private TokenExchangeFailure()
    {
    }

    /// <summary>Entra wants user interaction (consent, MFA, conditional access…).</summary>
    public sealed record ConsentRequired(GraphUserKey User, string ErrorCode) : TokenExchangeFailure;

    /// <summary>The SSO token itself was not acceptable; nothing was asked of Entra and nothing stored.</summary>
    public sealed record Invalid(TokenRejectionReason Reason) : TokenExchangeFailure;

    /// <summary>Entra refused the exchange for another reason (bad app credentials, service unavailable…); answer 412 too, and log.</summary>
    public sealed record Failed(GraphUserKey User, string ErrorCode) : TokenExchangeFailure;
}
