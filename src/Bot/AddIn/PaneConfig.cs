namespace CoopAssistant.Bot.AddIn;

/// <summary>What the task pane needs to ask MSAL.js (nested app authentication, then its fallbacks) for a token: empty
/// <see cref="ClientId"/> = local mode. <see cref="KnownAuthorities"/> are hosts MSAL may trust without Entra's instance discovery
/// (<c>AddIn:KnownAuthorities</c>; empty for Entra itself).</summary>
public sealed record PaneConfig(string ClientId, string Scope, string Authority, IReadOnlyList<string> KnownAuthorities);
