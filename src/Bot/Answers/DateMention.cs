namespace CoopAssistant.Bot.Answers;

/// <summary>A date named in a question: the date, where it is in the text, and whether the year was written.</summary>
internal readonly record struct DateMention(DateOnly Date, int Start, int Length, bool YearWritten);
