namespace CoopAssistant.Bot.Answers;

/// <summary>One passage in the index, with the analysed terms of the passage, its article's title and keywords.</summary>
internal sealed record IndexedPassage(SourceArticle Article, int Number, string Text, IReadOnlySet<string> Terms);
