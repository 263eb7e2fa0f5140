namespace CoopAssistant.Bot.Tests.Answers.HeldOut;

/// <summary>
/// One held-out question: the article it must be answered from (null: "I don't know"), snippets the
/// quoted passage must hold (each may list alternatives separated by '|'), and the computed date the
/// answer must show, if any.
/// </summary>
internal sealed record HeldOutQuestion(string Question, string? ArticleId, IReadOnlyList<string> Passage, DateOnly? Date);
