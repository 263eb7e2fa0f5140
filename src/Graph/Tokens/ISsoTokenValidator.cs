namespace CoopAssistant.Graph.Tokens;

/// <summary>Validates the token Teams sends in <c>signin/tokenExchange</c> (audience = the bot's resource, issuer = the user's tenant).</summary>
public interface ISsoTokenValidator
{
    Task<SsoTokenValidation> ValidateAsync(string token, CancellationToken cancellationToken);
}
