namespace CoopAssistant.Bot.Answers;

/// <summary>A knowledge article's id and its title in one language.</summary>
public sealed record KnowledgeTopic(string ArticleId, string Title);
