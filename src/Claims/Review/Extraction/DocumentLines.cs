namespace CoopAssistant.Claims.Review.Extraction;

/// <summary>A document's text as lines (original and folded), bounded: at most <see cref="MaxCharacters"/> characters,
/// <see cref="MaxLineLength"/> per line, whatever the reader kept.</summary>
internal sealed class DocumentLines
{
    public const int MaxCharacters = 400_000;
    public const int MaxLineLength = 2_000;

    public DocumentLines(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var bounded = text.Length > MaxCharacters ? text[..MaxCharacters] : text;
        var original = new List<string>();
        foreach (var raw in bounded.Split('\n'))
        {
            var line = raw.Trim().Replace('\t', ' ').Replace('\u00A0', ' ');
            if (line.Length == 0)
            {
                continue;
            }

            original.Add(line.Length > MaxLineLength ? line[..MaxLineLength] : line);
        }

        Original = original;
        Folded = [.. original.Select(TextFold.Fold)];
    }

    public IReadOnlyList<string> Original { get; }

    public IReadOnlyList<string> Folded { get; }

    public int Count => Original.Count;
}
