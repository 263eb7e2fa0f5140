namespace CoopAssistant.TestKit.App.Answers;

/// <summary>A question and the article it must be answered from (null: "I don't know").</summary>
public sealed record LabelledQuestion(string? ExpectedArticleId, string Question)
{
    public const string Unknown = "unknown";

    public static IReadOnlyList<LabelledQuestion> Parse(string data) =>
    [
        .. data.Split('\n')
            .Select(line => line.TrimEnd('\r'))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t', 2))
            .Select(parts => new LabelledQuestion(parts[0] == Unknown ? null : parts[0], parts[1])),
    ];
}
