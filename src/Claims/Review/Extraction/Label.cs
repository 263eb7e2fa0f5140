using System.Collections.Frozen;

namespace CoopAssistant.Claims.Review.Extraction;

/// <summary>A label phrase (folded) and what it means; <typeparamref name="T"/> is the meaning (a date role, a total's rank...).</summary>
internal sealed record Label<T>(string Phrase, T Meaning);

/// <summary>Where a label was found on a folded line.</summary>
internal readonly record struct LabelHit<T>(int Start, int End, T Meaning, string Phrase);

/// <summary>Finds label phrases on folded lines, whole words only, leftmost first and, at one place, the longest phrase
/// ("due date" over "due"). A hand-written scanner: at each word start, only the phrases that begin with that character
/// are compared. No regex, linear in the line's length times the few candidates per character.</summary>
internal sealed class LabelSet<T>
{
    private readonly FrozenDictionary<char, Label<T>[]> byFirst;

    public LabelSet(IEnumerable<Label<T>> labels) =>
        byFirst = labels
            .GroupBy(l => l.Phrase[0])
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(l => l.Phrase.Length).ToArray());

    public List<LabelHit<T>> Find(string folded)
    {
        var hits = new List<LabelHit<T>>();
        var i = 0;
        while (i < folded.Length)
        {
            if (IsBoundary(folded, i - 1) && byFirst.TryGetValue(folded[i], out var candidates) && Match(folded, i, candidates) is { } label)
            {
                hits.Add(new(i, i + label.Phrase.Length, label.Meaning, label.Phrase));
                i += label.Phrase.Length;
                continue;
            }

            i++;
        }

        return hits;
    }

    /// <summary>The hit at the start of the line (after blanks), if any.</summary>
    public LabelHit<T>? AtStart(string folded)
    {
        var start = 0;
        while (start < folded.Length && char.IsWhiteSpace(folded[start]))
        {
            start++;
        }

        if (start < folded.Length && byFirst.TryGetValue(folded[start], out var candidates) && Match(folded, start, candidates) is { } label)
        {
            return new LabelHit<T>(start, start + label.Phrase.Length, label.Meaning, label.Phrase);
        }

        return null;
    }

    private static Label<T>? Match(string folded, int at, Label<T>[] candidates)
    {
        foreach (var label in candidates)
        {
            var end = at + label.Phrase.Length;
            if (end <= folded.Length && string.CompareOrdinal(folded, at, label.Phrase, 0, label.Phrase.Length) == 0 && IsBoundary(folded, end))
            {
                return label;
            }
        }

        return null;
    }

    private static bool IsBoundary(string text, int index) =>
        index < 0 || index >= text.Length || !char.IsLetterOrDigit(text[index]);
}
