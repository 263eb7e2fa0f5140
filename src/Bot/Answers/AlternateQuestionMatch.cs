namespace CoopAssistant.Bot.Answers;

/// <summary>
/// How closely a question reads like one of a passage's alternate questions (the FAQ-bot technique:
/// match the user's question against the questions each answer is known to answer, one by one,
/// rather than against the answer's wording). The measure is a weighted Jaccard overlap of analysed
/// terms: the weight of the terms the two questions share over the weight of the terms either one
/// holds, each term weighted by its rarity across articles, so "can the customer decline the
/// association?" matches "can the customer reject the association?" on its rare words, not on "can".
/// A near spelling of a question word counts <see cref="KnowledgeBaseOptions.CorrectionCredit"/>, and the
/// question word's type (<see cref="QuestionType"/>) counts as one more term of
/// <see cref="KnowledgeBaseOptions.QuestionTypeWeight"/>.
/// </summary>
internal sealed class AlternateQuestionMatch(IReadOnlyDictionary<string, int> articleFrequency, int articleCount, KnowledgeBaseOptions options)
{
    /// <summary>The best overlap (0..1) of the question with any alternate question of <paramref name="passage"/>; 0 when it has none.</summary>
    public double Best(List<string> terms, List<string>[] spellings, QuestionType type, IndexedPassage passage)
    {
        var typeWeight = type == QuestionType.None ? 0 : options.QuestionTypeWeight;
        double questionWeight = typeWeight;
        foreach (var term in terms)
        {
            questionWeight += Weight(term);
        }

        double best = 0;
        for (var a = 0; a < passage.QuestionTerms.Count; a++)
        {
            var alternate = passage.QuestionTerms[a];
            var alternateType = passage.QuestionTypes[a];
            double alternateWeight = alternateType == QuestionType.None ? 0 : options.QuestionTypeWeight;
            double shared = 0;
            double matchedAlternate = 0;
            if (type != QuestionType.None && type == alternateType)
            {
                shared += typeWeight;
                matchedAlternate += typeWeight;
            }

            foreach (var term in alternate)
            {
                alternateWeight += Weight(term);
            }

            for (var i = 0; i < terms.Count; i++)
            {
                if (alternate.Contains(terms[i]))
                {
                    shared += Weight(terms[i]);
                    matchedAlternate += Weight(terms[i]);
                }
                else if (spellings[i].Find(alternate.Contains) is { } near)
                {
                    shared += Weight(terms[i]) * options.CorrectionCredit;
                    matchedAlternate += Weight(near);
                }
            }

            var union = questionWeight + alternateWeight - matchedAlternate;
            if (union > 0)
            {
                best = Math.Max(best, shared / union);
            }
        }

        return best;
    }

    /// <summary>A term's rarity across articles (the weight the confidence gives it too).</summary>
    private double Weight(string term)
    {
        var frequency = articleFrequency.GetValueOrDefault(term);
        return frequency == 0 ? options.UnknownTermWeight : Math.Log(1 + ((double)articleCount / frequency));
    }
}
