using System.Text;

namespace CoopAssistant.Bot.Answers;

/// <summary>
/// Parses a knowledge article: a front-matter header between "---" lines (id, language, title,
/// source, keywords, related, basis) and a markdown body whose paragraphs are the passages.
/// </summary>
internal static class ArticleParser
{
    private const string Fence = "---";

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

        return new SourceArticle(
            id,
            KnowledgeLanguageExtensions.FromTag(language),
            title,
            string.IsNullOrWhiteSpace(source) ? null : new Uri(source, UriKind.Absolute),
            List(header, "keywords"),
            List(header, "related"),
            Passages(lines.AsSpan(index + 1)));
    }

    private static List<string> Passages(ReadOnlySpan<string> body)
    {
        var passages = new List<string>();
        var current = new StringBuilder();
        foreach (var raw in body)
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                Flush(passages, current);
                continue;
            }

            if (line.StartsWith("- ", StringComparison.Ordinal) || line.StartsWith("* ", StringComparison.Ordinal))
            {
                Flush(passages, current);
                line = line[2..].Trim();
            }

            if (current.Length > 0)
            {
                current.Append(' ');
            }

            current.Append(line);
        }

        Flush(passages, current);
        return passages;
    }

    private static void Flush(List<string> passages, StringBuilder current)
    {
        if (current.Length > 0)
        {
            passages.Add(current.ToString());
            current.Clear();
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
