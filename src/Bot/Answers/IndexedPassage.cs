namespace CoopAssistant.Bot.Answers;

/// <summary>
/// One passage in the index: its article, position, text, the page that states it, its analysed
/// terms with its article's title and keywords (<see cref="Terms"/>), and the terms of its own text
/// only (<see cref="BodyTerms"/>).
/// </summary>
internal sealed record IndexedPassage(SourceArticle Article, int Number, string Text, Uri? Source, IReadOnlySet<string> Terms, IReadOnlySet<string> BodyTerms);
