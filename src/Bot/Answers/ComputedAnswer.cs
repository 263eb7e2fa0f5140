namespace CoopAssistant.Bot.Answers;

/// <summary>The date an article can compute from a date named in the question (header <c>compute:</c>).</summary>
internal enum ComputedAnswerKind
{
    /// <summary>The article computes nothing.</summary>
    None,

    /// <summary>The question names the end of a usage period; the answer is the claim deadline (usage end + 45 days).</summary>
    DeadlineFromUsageEnd,

    /// <summary>The question names an activity date; the answer is the date until which originals are kept (+ 24 months).</summary>
    RetentionFromActivityDate,
}

/// <summary>
/// What an article computes and the sentence that shows it, written in the article's language with the
/// placeholders <c>{given}</c> (the date from the question) and <c>{result}</c> (the computed date).
/// </summary>
internal sealed record ComputedAnswer(ComputedAnswerKind Kind, string Template)
{
    public static ComputedAnswer None { get; } = new(ComputedAnswerKind.None, string.Empty);

    public static ComputedAnswerKind ParseKind(string value, string article) => value.Trim() switch
    {
        "deadline-from-usage-end" => ComputedAnswerKind.DeadlineFromUsageEnd,
        "retention-from-activity-date" => ComputedAnswerKind.RetentionFromActivityDate,
        _ => throw new FormatException($"Article '{article}' has an unknown 'compute' value '{value}'."),
    };
}
