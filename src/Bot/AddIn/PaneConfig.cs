namespace CoopAssistant.Bot.AddIn;

/// <summary>What the task pane needs to ask MSAL.js (nested app authentication) for a token: empty <see cref="ClientId"/> = local mode.</summary>
public sealed record PaneConfig(string ClientId, string Scope, string Authority);
