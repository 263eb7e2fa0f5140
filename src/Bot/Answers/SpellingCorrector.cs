namespace CoopAssistant.Bot.Answers;

/// <summary>
/// The typo and word-form tolerance of one language's index: vocabulary terms within one or two
/// edits of a question term the articles do not use (same first letter), or, when none is that
/// near, other forms of the same word that the stemmer left apart. Immutable; thread-safe.
/// </summary>
internal sealed class SpellingCorrector
{
    private readonly IReadOnlyDictionary<string, int> vocabulary;
    private readonly Dictionary<char, string[]> vocabularyByInitial;
    private readonly KnowledgeBaseOptions options;

    /// <param name="vocabulary">Every indexed term with the number of articles that use it.</param>
    /// <param name="options">The fuzzy-matching lengths.</param>
    public SpellingCorrector(IReadOnlyDictionary<string, int> vocabulary, KnowledgeBaseOptions options)
    {
        this.vocabulary = vocabulary;
        this.options = options;
        vocabularyByInitial = vocabulary.Keys.GroupBy(t => t[0]).ToDictionary(g => g.Key, g => g.ToArray());
    }

    /// <summary>Vocabulary terms within one or two edits of a term the articles do not use (same first letter); empty for known terms.</summary>
    public List<string> NearSpellings(string term)
    {
        var edits = MaxEdits(term);
        if (edits == 0 || vocabulary.ContainsKey(term) || !vocabularyByInitial.TryGetValue(term[0], out var candidates))
        {
            return [];
        }

        var near = new List<string>();
        foreach (var candidate in candidates)
        {
            if (Levenshtein.Within(term, candidate, edits))
            {
                near.Add(candidate);
            }
        }

        if (near.Count == 0)
        {
            // Another form of the same word that the stemmer left apart ("anexadas" / "anexe",
            // "associo" / "associar"): the one shares the other's start and ends a few letters later.
            foreach (var candidate in candidates)
            {
                if (SameWordStart(term, candidate))
                {
                    near.Add(candidate);
                }
            }
        }

        return near;
    }

    /// <summary>
    /// Whether two terms read as forms of one word: they share a start of at least
    /// <see cref="KnowledgeBaseOptions.FuzzyMinLength"/> letters that leaves at most two letters of the
    /// shorter and three of the longer ("anexe" / "anexadas", "questiono" / "questionar").
    /// </summary>
    private bool SameWordStart(string term, string candidate)
    {
        var shared = 0;
        while (shared < term.Length && shared < candidate.Length && term[shared] == candidate[shared])
        {
            shared++;
        }

        var (shorter, longer) = term.Length <= candidate.Length ? (term.Length, candidate.Length) : (candidate.Length, term.Length);
        return shared >= options.FuzzyMinLength && shorter - shared <= 2 && longer - shared <= 3;
    }

    private int MaxEdits(string term) =>
        term.Length >= options.FuzzyTwoEditsLength ? 2 : term.Length >= options.FuzzyMinLength ? 1 : 0;
}
