namespace CoopAssistant.Graph.Tokens;

/// <summary>The <c>value</c> of a <c>signin/tokenExchange</c> invoke.</summary>
public sealed record SsoTokenExchange(string Id, string? ConnectionName, string Token);
