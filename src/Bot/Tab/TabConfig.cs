namespace CoopAssistant.Bot.Tab;

/// <summary>What the tab page needs besides the API: the bot's app id for the chat deep link (empty in local mode).</summary>
public sealed record TabConfig(string BotId);
