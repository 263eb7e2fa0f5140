namespace CoopAssistant.Graph.Tokens;

/// <summary>Validates the token Teams sends in <c>signin/tokenExchange</c> (<see cref="SsoTokenRules"/>: a v2 token, audience the client id, issuer the user's tenant).</summary>
public interface ISsoTokenValidator
{
    Task<SsoTokenValidation> ValidateAsync(string token, CancellationToken cancellationToken);
}
