using System.Text;
using CoopAssistant.Bot.Answers;

namespace CoopAssistant.Bot.Tests.Answers;

/// <summary>
/// The pt-BR/en-US glossary (docs/glossary.md, embedded in the test assembly): per language, the
/// approved forms and the variants to avoid. <see cref="Violations"/> finds the avoided variants in a
/// text once every approved form is taken out, comparing lower-case, accent-free whole words.
/// </summary>
internal sealed class Glossary
{
    private const int EnglishApproved = 2;
    private const int PortugueseApproved = 3;
    private const int EnglishAvoid = 4;
    private const int PortugueseAvoid = 5;

    private Glossary(Dictionary<KnowledgeLanguage, List<string>> approved, Dictionary<KnowledgeLanguage, List<(string Concept, string Variant)>> avoid)
    {
        Approved = approved;
        Avoid = avoid;
    }

    public IReadOnlyDictionary<KnowledgeLanguage, List<string>> Approved { get; }

    public IReadOnlyDictionary<KnowledgeLanguage, List<(string Concept, string Variant)>> Avoid { get; }

    public static Glossary Load()
    {
        using var stream = typeof(Glossary).Assembly.GetManifestResourceStream("Glossary/glossary.md")
            ?? throw new InvalidOperationException("docs/glossary.md is not embedded in the test assembly.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    public static Glossary Parse(string markdown)
    {
        var approved = new Dictionary<KnowledgeLanguage, List<string>> { [KnowledgeLanguage.English] = [], [KnowledgeLanguage.Portuguese] = [] };
        var avoid = new Dictionary<KnowledgeLanguage, List<(string, string)>> { [KnowledgeLanguage.English] = [], [KnowledgeLanguage.Portuguese] = [] };
        var rows = markdown.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith('|')).Skip(2);
        foreach (var row in rows)
        {
            var cells = row.Trim('|').Split('|').Select(c => c.Trim()).ToArray();
            if (cells.Length < 6)
            {
                throw new FormatException($"Glossary row '{row}' has fewer than 6 columns.");
            }

            var concept = cells[0];
            approved[KnowledgeLanguage.English].AddRange(Forms(cells[EnglishApproved - 1]));
            approved[KnowledgeLanguage.Portuguese].AddRange(Forms(cells[PortugueseApproved - 1]));
            avoid[KnowledgeLanguage.English].AddRange(Forms(cells[EnglishAvoid - 1]).Select(v => (concept, v)));
            avoid[KnowledgeLanguage.Portuguese].AddRange(Forms(cells[PortugueseAvoid - 1]).Select(v => (concept, v)));
        }

        // Longest approved forms are taken out first ("Declaração e Relatório de Certificação (SAC)" before "Declaração e Relatório de Certificação").
        foreach (var list in approved.Values)
        {
            list.Sort((a, b) => b.Length.CompareTo(a.Length));
        }

        return new Glossary(approved, avoid);
    }

    /// <summary>Every avoided variant found in <paramref name="text"/> (with its concept), after the approved forms are taken out.</summary>
    public IEnumerable<string> Violations(string text, KnowledgeLanguage language)
    {
        var folded = Fold(text);
        foreach (var form in Approved[language])
        {
            folded = RemoveWord(folded, Fold(form));
        }

        foreach (var (concept, variant) in Avoid[language])
        {
            if (IndexOfWord(folded, Fold(variant), 0) >= 0)
            {
                yield return $"\"{variant}\" (glossary: {concept})";
            }
        }
    }

    private static string[] Forms(string cell) =>
        cell == "—" ? [] : cell.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string Fold(string text) => TextFolding.Fold(text);

    private static string RemoveWord(string text, string word)
    {
        var builder = new StringBuilder(text);
        var at = IndexOfWord(text, word, 0);
        while (at >= 0)
        {
            for (var i = at; i < at + word.Length; i++)
            {
                builder[i] = ' ';
            }

            at = IndexOfWord(text, word, at + word.Length);
        }

        return builder.ToString();
    }

    /// <summary>The next place <paramref name="word"/> occurs as whole words (not inside a longer word).</summary>
    private static int IndexOfWord(string text, string word, int from)
    {
        for (var at = text.IndexOf(word, from, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var before = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
            var end = at + word.Length;
            var after = end >= text.Length || !char.IsLetterOrDigit(text[end]);
            if (before && after)
            {
                return at;
            }
        }

        return -1;
    }
}
