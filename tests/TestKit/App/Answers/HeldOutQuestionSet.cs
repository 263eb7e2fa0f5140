using System.Globalization;
using System.Reflection;
using System.Text.Json;

namespace CoopAssistant.TestKit.App.Answers;

/// <summary>
/// A held-out or dev question set (tests/Bot/Answers/HeldOut/*.json, tests/Bot/Answers/Dev/*.json): its language, the
/// "today" its dates without a year are read against, and its questions. Embedded by the assemblies that score them (the
/// Bot tests and bench/Answers.Bench) under <c>HeldOut/{name}.json</c>.
/// </summary>
public sealed record HeldOutQuestionSet(CultureInfo Language, DateOnly Today, IReadOnlyList<HeldOutQuestion> Questions)
{
    /// <summary>The set <paramref name="name"/> ("en-US.v7", "pt-BR.dev2") embedded in <paramref name="assembly"/>.</summary>
    public static HeldOutQuestionSet Embedded(Assembly assembly, string name)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var resource = $"HeldOut/{name}.json";
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded held-out set '{resource}' is missing.");
        return Read(stream);
    }

    /// <summary>The names of every set embedded in <paramref name="assembly"/>, in order.</summary>
    public static IReadOnlyList<string> Names(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        return
        [
            .. assembly.GetManifestResourceNames()
                .Where(n => n.StartsWith("HeldOut/", StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
                .Select(n => n["HeldOut/".Length..^".json".Length])
                .Order(StringComparer.Ordinal),
        ];
    }

    public static HeldOutQuestionSet Read(Stream stream)
    {
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

        return new HeldOutQuestionSet(
            CultureInfo.GetCultureInfo(root.GetProperty("language").GetString()!),
            DateOnly.ParseExact(root.GetProperty("today").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            questions);
    }
}
