using CoopAssistant.Graph.Evidence;

namespace CoopAssistant.Graph.Tokens;

/// <summary>The <c>value</c> of a <c>signin/tokenExchange</c> invoke, and the user of the activity that carried it (its tenant and
/// <c>from.aadObjectId</c>): the token must be that user's (<see cref="SsoTokenRules.IsTokenOf"/>); null when the activity does not say.</summary>
public sealed record SsoTokenExchange(string Id, string? ConnectionName, string Token, GraphUserKey? ActivityUser);
