using System.Globalization;
using System.Text.Json;
using CoopAssistant.TestKit.App.Answers;

namespace CoopAssistant.Bot.Tests.Answers.HeldOut;

/// <summary>
/// A held-out question set (tests/Bot/Answers/HeldOut/{name}.json, embedded in the test assembly), never
/// used to tune the retrieval: tuning uses QuestionSetData. See HeldOut/README.md for when each set was written.
/// </summary>
internal sealed record HeldOutSet(CultureInfo Language, DateOnly Today, IReadOnlyList<HeldOutQuestion> Questions)
{
    /// <summary>Loads the set <paramref name="set"/>: "en-US", "pt-BR" (v1) or "en-US.v2", "pt-BR.v2".</summary>
    public static HeldOutSet Load(string set)
    {
        var name = $"HeldOut/{set}.json";
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
