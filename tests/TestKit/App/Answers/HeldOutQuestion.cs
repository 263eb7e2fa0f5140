namespace CoopAssistant.TestKit.App.Answers;

/// <summary>
/// One held-out question: the article that should answer it (null: outside the domain, the answer should be
/// "I don't know"), snippets its quoted passage must hold (each may list alternatives separated by '|'), and
/// the date a computed answer must show.
/// </summary>
public sealed record HeldOutQuestion(string Question, string? ArticleId, IReadOnlyList<string> Passage, DateOnly? Date);
