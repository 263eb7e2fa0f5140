namespace CoopAssistant.Bot.Answers;

/// <summary>One passage in the index: its article, position, text, the page that states it, and its analysed terms with its article's title and keywords.</summary>
internal sealed record IndexedPassage(SourceArticle Article, int Number, string Text, Uri? Source, IReadOnlySet<string> Terms);
