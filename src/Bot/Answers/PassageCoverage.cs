namespace CoopAssistant.Bot.Answers;

/// <summary>
/// How much of a question one passage covers (the answer's confidence) and whether it matches a
/// co-op concept of the question (the in-domain gate, <see cref="DomainConcepts"/>). Immutable; thread-safe.
/// </summary>
internal sealed class PassageCoverage(IReadOnlyDictionary<string, int> articleFrequency, int articleCount, IReadOnlySet<string> domainTerms, IReadOnlySet<string> actionTerms, KnowledgeBaseOptions options)
{
    /// <summary>
    /// The share of the question's information the best passage covers: each question term is
    /// weighted by its rarity across articles (a term no article uses weighs
    /// <see cref="KnowledgeBaseOptions.UnknownTermWeight"/>), and counts as covered when the passage,
    /// its title or its keywords hold it (a near spelling earns <see cref="KnowledgeBaseOptions.CorrectionCredit"/>
    /// of its weight: a corrected word is a guess). Scaled down when the covered
    /// weight is below <see cref="KnowledgeBaseOptions.MinimumCoveredWeight"/>.
    /// </summary>
    public (double Coverage, List<TermCoverage> Terms) Of(List<string> terms, List<string>[] spellings, IndexedPassage best, QuestionDomain domain)
    {
        double total = 0;
        double covered = 0;
        var details = new List<TermCoverage>(terms.Count);
        for (var i = 0; i < terms.Count; i++)
        {
            var term = terms[i];
            var frequency = articleFrequency.GetValueOrDefault(term);
            var credit = best.Terms.Contains(term) ? 1 : spellings[i].Exists(best.Terms.Contains) ? options.CorrectionCredit : 0;
            var weight = frequency == 0 ? options.UnknownTermWeight : Math.Log(1 + ((double)articleCount / frequency));
            if (domain == QuestionDomain.CoopQuestion && credit == 0 && (!domainTerms.Contains(term) || actionTerms.Contains(term)))
            {
                // In a clear co-op question the words that name no co-op concept are detail ("we sent an eDM to 5000
                // contacts"): one no article knows is neutral, a known one counts less than the concepts, and so does
                // an evidence action ("what do we upload"), which marked the question as co-op but names no fact.
                weight = frequency == 0 ? options.NeutralUnknownWeight : weight * options.EverydayWordShare;
            }

            var isCovered = credit > 0;
            total += weight;
            covered += weight * credit;
            details.Add(new TermCoverage(term, frequency, weight, isCovered));
        }

        // A question made only of words every article uses ("claim?") carries too little to answer,
        // one whose matched words are all everyday words ("partner of the year") is not about co-op, and
        // neither is one that asks for something else ("the exchange rate", "a good conference") and names no co-op anchor.
        // A clear co-op question of two words or more needs half that ("what is a CSR in co-op"); "claim?" alone does not.
        var minimum = domain == QuestionDomain.CoopQuestion && terms.Count > 1 ? options.MinimumCoveredWeight / 2 : options.MinimumCoveredWeight;
        var evidence = Math.Min(1, covered / minimum);
        var answers = total > 0 && domain != QuestionDomain.OffTopic && CoversDomain(terms, spellings, best);
        return (answers ? evidence * covered / total : 0, details);
    }

    /// <summary>Whether the passage (with its title and keywords) holds a co-op concept of the question (<see cref="DomainConcepts"/>), as written or as a near spelling.</summary>
    public bool CoversDomain(List<string> terms, List<string>[] spellings, IndexedPassage passage)
    {
        for (var i = 0; i < terms.Count; i++)
        {
            // A figure of the rules ("45" days, "24" months, "200") counts as a concept; a one-digit number does not.
            var concept = domainTerms.Contains(terms[i]) || (terms[i].Length > 1 && IsNumber(terms[i]));
            if ((concept && passage.Terms.Contains(terms[i])) || spellings[i].Exists(s => domainTerms.Contains(s) && passage.Terms.Contains(s)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a term is all digits.</summary>
    public static bool IsNumber(string term)
    {
        foreach (var c in term)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return term.Length > 0;
    }
}
