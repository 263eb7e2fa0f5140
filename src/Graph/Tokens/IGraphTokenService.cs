using CoopAssistant.Claims.Results;
using CoopAssistant.Graph.Evidence;

namespace CoopAssistant.Graph.Tokens;

/// <summary>Teams SSO token → Graph token on behalf of the user, and later silent tokens from the per-user cache.</summary>
public interface IGraphTokenService
{
    /// <summary>Validates the SSO token and exchanges it on behalf of the user; only then de-duplicates by <see cref="SsoTokenExchange.Id"/>
    /// (every client gets the failure; one client's success is <see cref="TokenExchanged.Obtained"/>, the others' <see cref="TokenExchanged.Duplicate"/>).</summary>
    Task<Result<TokenExchanged, TokenExchangeFailure>> ExchangeAsync(SsoTokenExchange exchange, CancellationToken cancellationToken);

    /// <summary>
    /// The end of the sign-in fallback: redeems the authorization code Entra sent to the redirect URI (after the user signed in and
    /// consented), keeps the user's tokens for later silent use, and checks the account is <paramref name="expected"/>.
    /// </summary>
    Task<SignInCompletion> CompleteSignInAsync(string authorizationCode, GraphUserKey expected, CancellationToken cancellationToken);

    /// <summary>A Graph access token for a user who signed in before, or null when a new sign-in is needed.</summary>
    Task<string?> GetAccessTokenAsync(GraphUserKey user, CancellationToken cancellationToken);

    /// <summary>Forgets the user's cached tokens.</summary>
    Task SignOutAsync(GraphUserKey user, CancellationToken cancellationToken);
}
