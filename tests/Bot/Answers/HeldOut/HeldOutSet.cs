using System.Globalization;
using System.Text.Json;

namespace CoopAssistant.Bot.Tests.Answers.HeldOut;

/// <summary>
/// A held-out question set (tests/Bot/Answers/HeldOut/{language}.json, embedded in the test assembly):
/// written before the issue-20 retrieval work and never used to tune it. Tuning uses QuestionSetData.
/// </summary>
internal sealed record HeldOutSet(CultureInfo Language, DateOnly Today, IReadOnlyList<HeldOutQuestion> Questions)
{
    public static HeldOutSet Load(string language)
    {
        var name = $"HeldOut/{language}.json";
        using var stream = typeof(HeldOutSet).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded held-out set '{name}' is missing.");
        using var document = JsonDocument.Parse(stream);
        var root = document.RootElement;
        var questions = new List<HeldOutQuestion>();
        foreach (var item in root.GetProperty("questions").EnumerateArray())
        {
            var article = item.GetProperty("article");
            questions.Add(new HeldOutQuestion(
                item.GetProperty("question").GetString()!,
                article.ValueKind == JsonValueKind.Null ? null : article.GetString(),
                item.TryGetProperty("passage", out var passage) ? [.. passage.EnumerateArray().Select(p => p.GetString()!)] : [],
                item.TryGetProperty("date", out var date) ? DateOnly.ParseExact(date.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null));
        }

        return new HeldOutSet(
            CultureInfo.GetCultureInfo(root.GetProperty("language").GetString()!),
            DateOnly.ParseExact(root.GetProperty("today").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            questions);
    }
}
