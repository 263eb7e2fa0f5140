namespace CoopAssistant.Bot.Answers;

/// <summary>A retrieved passage with the article it comes from and that article's source.</summary>
public sealed record KnowledgePassage(string ArticleId, string Title, string Text, Uri? Source);
