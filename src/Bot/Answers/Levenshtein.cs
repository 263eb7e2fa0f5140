namespace CoopAssistant.Bot.Answers;

/// <summary>Bounded edit distance (with adjacent transpositions) between two short terms.</summary>
internal static class Levenshtein
{
    public static bool Within(string a, string b, int maxEdits)
    {
        if (Math.Abs(a.Length - b.Length) > maxEdits || a.Length == 0 || b.Length == 0 || a[0] != b[0])
        {
            return false;
        }

        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
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

            (previous2, previous, current) = (previous, current, previous2);
        }

        return previous[b.Length] <= maxEdits;
    }
}
