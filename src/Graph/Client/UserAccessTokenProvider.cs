using CoopAssistant.Graph.Evidence;
using CoopAssistant.Graph.Tokens;
using Microsoft.Kiota.Abstractions.Authentication;

namespace CoopAssistant.Graph.Client;

/// <summary>Kiota token provider that asks the on-behalf-of cache for one user's Graph token.</summary>
internal sealed class UserAccessTokenProvider(IGraphTokenService tokens, GraphUserKey user, Uri graphBaseUrl) : IAccessTokenProvider
{
    public AllowedHostsValidator AllowedHostsValidator { get; } = new([graphBaseUrl.Host]);

    public async Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(uri);
        if (!AllowedHostsValidator.IsUrlHostValid(uri))
        {
            return string.Empty;
        }

        if (!string.Equals(uri.Scheme, Uri.UriSchemeHttps, StringComparison.OrdinalIgnoreCase) && !uri.IsLoopback)
        {
            throw new ArgumentException("Graph tokens are only sent over HTTPS.", nameof(uri));
        }

        return await tokens.GetAccessTokenAsync(user, cancellationToken) ?? throw new GraphSignInRequiredException(user);
    }
}
