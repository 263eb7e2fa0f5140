namespace CoopAssistant.Claims.Review.Extraction;

/// <summary>A label phrase (folded) and what it means; <typeparamref name="T"/> is the meaning (a date role, a total's rank...).</summary>
internal sealed record Label<T>(string Phrase, T Meaning);

/// <summary>Where a label was found on a folded line.</summary>
internal readonly record struct LabelHit<T>(int Start, int End, T Meaning, string Phrase);

/// <summary>Finds label phrases on folded lines, whole words only; at one end position the longest phrase wins
/// ("due date" over "date"). A list of phrases and <see cref="string.IndexOf(string, int, StringComparison)"/>: no regex.</summary>
internal sealed class LabelSet<T>
{
    private readonly Label<T>[] labels;

    public LabelSet(IEnumerable<Label<T>> labels) => this.labels = [.. labels.OrderByDescending(l => l.Phrase.Length)];

    public List<LabelHit<T>> Find(string folded)
    {
        var hits = new List<LabelHit<T>>();
        foreach (var label in labels)
        {
            var from = 0;
            while (from < folded.Length)
            {
                var at = folded.IndexOf(label.Phrase, from, StringComparison.Ordinal);
                if (at < 0)
                {
                    break;
                }

                var end = at + label.Phrase.Length;
                if (IsBoundary(folded, at - 1) && IsBoundary(folded, end) && !hits.Any(h => at < h.End && end > h.Start))
                {
                    hits.Add(new(at, end, label.Meaning, label.Phrase));
                }

                from = at + 1;
            }
        }

        hits.Sort((a, b) => a.Start.CompareTo(b.Start));
        return hits;
    }

    /// <summary>The first hit at the start of the line (after blanks), if any.</summary>
    public LabelHit<T>? AtStart(string folded)
    {
        var start = 0;
        while (start < folded.Length && char.IsWhiteSpace(folded[start]))
        {
            start++;
        }

        foreach (var hit in Find(folded))
        {
            if (hit.Start == start)
            {
                return hit;
            }
        }

        return null;
    }

    private static bool IsBoundary(string text, int index) =>
        index < 0 || index >= text.Length || !char.IsLetterOrDigit(text[index]);
}
