using System.Text;

namespace CoopAssistant.Bot.Answers;

/// <summary>
/// Parses a knowledge article: a front-matter header between "---" lines (id, language, title,
/// source, sources, keywords, related, basis, compute, computed) and a markdown body whose
/// paragraphs and list items are the passages. A passage that ends with <c>[source: name]</c> is
/// stated by the page <c>name</c> of the <c>sources</c> header (<c>name=url, …</c>) instead of the
/// article's <c>source</c>; <c>[source: none]</c> marks a passage that no page we found states.
/// Lines that start with <c>? </c> under a passage are questions that passage answers, in the words
/// people use (FAQ-style alternate questions): indexed with it, never shown.
/// </summary>
internal static class ArticleParser
{
    private const string Fence = "---";
    private const string SourceMarker = "[source:";
    private const string NoSource = "none";
    private const string QuestionMarker = "? ";

    public static SourceArticle Parse(string text, string name)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (lines.Length == 0 || lines[0].Trim() != Fence)
        {
            throw new FormatException($"Article '{name}' has no front-matter header.");
        }

        var header = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var index = 1;
        for (; index < lines.Length && lines[index].Trim() != Fence; index++)
        {
            var line = lines[index];
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                header[line[..colon].Trim()] = line[(colon + 1)..].Trim();
            }
        }

        if (index >= lines.Length)
        {
            throw new FormatException($"Article '{name}' has an unterminated front-matter header.");
        }

        var id = Required(header, "id", name);
        var language = Required(header, "language", name);
        var title = Required(header, "title", name);
        header.TryGetValue("source", out var source);
        var articleSource = string.IsNullOrWhiteSpace(source) ? null : new Uri(source, UriKind.Absolute);
        var sources = Sources(header, name);

        return new SourceArticle(
            id,
            KnowledgeLanguageExtensions.FromTag(language),
            title,
            articleSource,
            List(header, "keywords"),
            List(header, "related"),
            [.. Passages(lines.AsSpan(index + 1), name).Select(p => WithSource(p.Text, articleSource, sources, name) with { Questions = p.Questions })])
        {
            Computed = Computed(header, name),
        };
    }

    private static ComputedAnswer Computed(Dictionary<string, string> header, string name)
    {
        if (!header.TryGetValue("compute", out var kind) || string.IsNullOrWhiteSpace(kind))
        {
            return ComputedAnswer.None;
        }

        var template = Required(header, "computed", name);
        if (!template.Contains("{given}", StringComparison.Ordinal) || !template.Contains("{result}", StringComparison.Ordinal))
        {
            throw new FormatException($"Article '{name}': 'computed' must hold both {{given}} and {{result}}.");
        }

        return new ComputedAnswer(ComputedAnswer.ParseKind(kind, name), template);
    }

    private static Dictionary<string, Uri> Sources(Dictionary<string, string> header, string name)
    {
        var sources = new Dictionary<string, Uri>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in List(header, "sources"))
        {
            var equals = entry.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0 || !Uri.TryCreate(entry[(equals + 1)..].Trim(), UriKind.Absolute, out var uri))
            {
                throw new FormatException($"Article '{name}' has a 'sources' entry that is not name=url: '{entry}'.");
            }

            sources[entry[..equals].Trim()] = uri;
        }

        return sources;
    }

    private static ArticlePassage WithSource(string passage, Uri? articleSource, Dictionary<string, Uri> sources, string name)
    {
        var marker = passage.EndsWith(']') ? passage.LastIndexOf(SourceMarker, StringComparison.OrdinalIgnoreCase) : -1;
        if (marker < 0)
        {
            return new ArticlePassage(passage, articleSource);
        }

        var key = passage[(marker + SourceMarker.Length)..^1].Trim();
        var text = passage[..marker].TrimEnd();
        if (string.Equals(key, NoSource, StringComparison.OrdinalIgnoreCase))
        {
            return new ArticlePassage(text, null);
        }

        return sources.TryGetValue(key, out var uri)
            ? new ArticlePassage(text, uri)
            : throw new FormatException($"Article '{name}' cites the source '{key}', which its 'sources' header does not name.");
    }

    private static List<(string Text, List<string> Questions)> Passages(ReadOnlySpan<string> body, string name)
    {
        var passages = new List<(string Text, List<string> Questions)>();
        var current = new StringBuilder();
        var questions = new List<string>();
        foreach (var raw in body)
        {
            var line = raw.Trim();
            if (line.StartsWith(QuestionMarker, StringComparison.Ordinal))
            {
                // A question belongs to the passage above it, whether or not a blank line separates them.
                if (current.Length == 0 && passages.Count == 0)
                {
                    throw new FormatException($"Article '{name}' has a question before its first passage: '{line}'.");
                }

                (current.Length > 0 ? questions : passages[^1].Questions).Add(line[QuestionMarker.Length..].Trim());
                continue;
            }

            if (line.Length == 0 || line.StartsWith('#'))
            {
                Flush(passages, current, ref questions);
                continue;
            }

            if (line.StartsWith("- ", StringComparison.Ordinal) || line.StartsWith("* ", StringComparison.Ordinal))
            {
                Flush(passages, current, ref questions);
                line = line[2..].Trim();
            }

            if (current.Length > 0)
            {
                current.Append(' ');
            }

            current.Append(line);
        }

        Flush(passages, current, ref questions);
        return passages;
    }

    private static void Flush(List<(string Text, List<string> Questions)> passages, StringBuilder current, ref List<string> questions)
    {
        if (current.Length > 0)
        {
            passages.Add((current.ToString(), questions));
            current.Clear();
            questions = [];
        }
    }

    private static string Required(Dictionary<string, string> header, string key, string name) =>
        header.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value)
            ? value
            : throw new FormatException($"Article '{name}' has no '{key}' in its header.");

    private static List<string> List(Dictionary<string, string> header, string key) =>
        header.TryGetValue(key, out var value)
            ? [.. value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)]
            : [];
}
