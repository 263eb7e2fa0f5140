namespace CoopAssistant.Bot.Answers;

/// <summary>Bounded edit distance (optimal string alignment: adjacent transpositions count as one edit).</summary>
internal static class Levenshtein
{
    /// <summary>True when <paramref name="a"/> and <paramref name="b"/> share their first letter and differ by at most <paramref name="maxEdits"/> edits.</summary>
    public static bool Within(string a, string b, int maxEdits)
    {
        if (Math.Abs(a.Length - b.Length) > maxEdits || a.Length == 0 || b.Length == 0 || a[0] != b[0] || b.Length > 64)
        {
            return false;
        }

        var width = b.Length + 1;
        Span<int> rows = stackalloc int[3 * width];
        var previous2 = rows[..width];
        var previous = rows.Slice(width, width);
        var current = rows.Slice(2 * width, width);
        for (var j = 0; j < width; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (rowMin > maxEdits)
            {
                return false;
            }

            var recycled = previous2;
            previous2 = previous;
            previous = current;
            current = recycled;
        }

        return previous[b.Length] <= maxEdits;
    }
}
