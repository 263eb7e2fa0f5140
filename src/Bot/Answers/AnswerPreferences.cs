namespace CoopAssistant.Bot.Answers;

/// <summary>
/// The rules that reorder the retrieved passages before one answers: a passage stating the kind of
/// fact the question asks for, the article that computes the question's date, and an article's first
/// passage (its main rule) when the question points at no later one.
/// </summary>
internal static class AnswerPreferences
{
    /// <summary>
    /// A question that names a date and asks what follows from it ("the usage period ends on 31/12,
    /// what is my deadline?") is answered by the article that computes it, when one of its passages
    /// ranks at least half as well as the best: a date question is a computation first, as sure as the question's best match.
    /// </summary>
    public static SearchResult Computation(LanguageIndex index, SearchResult result, string? question, IReadOnlyList<DateMention> dates)
    {
        if (dates.Count == 0 || result.Hits.Count == 0 || question is null)
        {
            return result;
        }

        var best = result.Hits[0].Score;
        var computing = result.Hits.FirstOrDefault(h => h.Score >= best * 0.5f && DateComputation.Computes(h.Passage.Article, question, dates));
        if (computing is null || computing == result.Hits[0])
        {
            return result;
        }

        // The question's date is what the computing article needs: the activity words beside it ("the booth photos")
        // are detail of an in-domain question, so the answer keeps the confidence the question earned.
        var promoted = index.Promote(result, computing);
        return promoted with { Coverage = Math.Max(promoted.Coverage, result.Coverage) };
    }

    /// <summary>
    /// Another article's passage close behind the best (at least <see cref="KnowledgeBaseOptions.CloseHitShare"/> of its score,
    /// alternate questions matching about as well) that covers
    /// every question word the best covers and clearly more of the question (<see cref="KnowledgeBaseOptions.CoverageMargin"/> more confidence) answers instead: the
    /// ranking weighs a word by its field, the coverage by its rarity ("SAC ou nota do fornecedor" names the SAC too).
    /// </summary>
    public static SearchResult BetterCovered(LanguageIndex index, SearchResult result, KnowledgeBaseOptions options)
    {
        var chosen = result;
        var best = result.Hits.Count > 0 ? result.Hits[0] : null;
        foreach (var hit in result.Hits.Skip(1).Where(h => h.Score >= best!.Score * options.CloseHitShare && h.Passage.Article != best.Passage.Article
            && h.QuestionMatch + options.LeadQuestionMatchMargin > best.QuestionMatch))
        {
            var other = index.Promote(result, hit);
            var keeps = chosen.Terms.Where(t => t.Covered).All(t => other.Terms.Any(o => o.Term == t.Term && o.Covered));
            chosen = keeps && other.Coverage >= chosen.Coverage + options.CoverageMargin ? other : chosen;
        }

        return chosen;
    }

    /// <summary>
    /// A question that asks for a duration ("how long", "quanto tempo"), an amount ("how much",
    /// "quanto") or a role ("who", "quem") prefers the passages that state one: their scores get
    /// <paramref name="bonus"/> more before ranking.
    /// </summary>
    public static SearchResult AskedFact(LanguageIndex index, SearchResult result, FactKind asked, double bonus)
    {
        if (asked == FactKind.None || result.Hits.Count < 2)
        {
            return result;
        }

        // The passage that states the fact gets the bonus, and again when its article is about that
        // kind of fact (its title states it): "which role does a CPOR need?" is the roles article's
        // fact, not the CPOR article's side mention.
        var ranked = result.Hits
            .Select(h => h with { Score = (float)(h.Score * (1 + (bonus * (Bonus(h.Passage.States) + Bonus(h.Passage.Article.TitleStates))))) })
            .OrderByDescending(h => h.Score)
            .ToList();
        return index.Promote(result with { Hits = ranked }, ranked[0]);

        int Bonus(FactKind stated) => (stated & asked) != 0 ? 1 : 0;
    }

    /// <summary>
    /// Within the best passage's article, a passage that scores at least <see cref="KnowledgeBaseOptions.LeadPassageTie"/>
    /// of the best and whose own text holds every question word the best passage's text holds, and more, answers
    /// instead: "what info does a CPOR need" names what the field list holds, "the 4 things" what the rule that lists them holds.
    /// </summary>
    public static SearchResult FullerPassage(LanguageIndex index, SearchResult result, KnowledgeBaseOptions options)
    {
        if (result.Hits.Count < 2)
        {
            return result;
        }

        var best = result.Hits[0];
        var fuller = best;
        var held = Held(best.Passage);
        foreach (var hit in result.Hits.Skip(1))
        {
            if (hit.Passage.Article == best.Passage.Article && hit.Score >= best.Score * options.LeadPassageTie && Held(hit.Passage) is var more && more.IsProperSupersetOf(held))
            {
                (fuller, held) = (hit, more);
            }
        }

        return fuller == best ? result : index.Promote(result, fuller);

        HashSet<string> Held(IndexedPassage passage) => [.. result.Question.Terms.Where(passage.BodyTerms.Contains)];
    }

    /// <summary>
    /// Every article opens with its main rule. When the best passage of an article holds no question
    /// word that its first passage lacks (the question does not point at one passage: "what's the
    /// deadline for a claim?") and the first passage scores at least <see cref="KnowledgeBaseOptions.LeadPassageTie"/> of it,
    /// the first passage answers. A question that names one activity type ("telemarketing") points
    /// at that activity's passage, which keeps it, and so does a passage that states the kind of fact
    /// the question asks for when the first passage does not ("how long does a dispute take?"), and so
    /// does a passage whose alternate questions read clearly more like the question than the first's.
    /// </summary>
    public static SearchResult LeadPassage(LanguageIndex index, SearchResult result, KnowledgeBaseOptions options, FactKind asked)
    {
        if (result.Hits.Count == 0 || result.Hits[0].Passage.Number == 0)
        {
            return result;
        }

        var best = result.Hits[0];
        var lead = result.Hits.FirstOrDefault(h => h.Passage.Number == 0 && h.Passage.Article == best.Passage.Article);
        if (lead is null || lead.Score < best.Score * options.LeadPassageTie || (best.Passage.States & asked & ~lead.Passage.States) != 0
            || best.QuestionMatch >= lead.QuestionMatch + options.LeadQuestionMatchMargin)
        {
            return result;
        }

        var (terms, spellings) = result.Question;
        for (var i = 0; i < terms.Count; i++)
        {
            // A question word, or its corrected spelling, that only the best passage holds points at it.
            if (Holds(best.Passage, terms[i], spellings[i]) && !Holds(lead.Passage, terms[i], spellings[i]))
            {
                return result;
            }
        }

        return index.Promote(result, lead);

        static bool Holds(IndexedPassage passage, string term, List<string> near) =>
            passage.BodyTerms.Contains(term) || near.Exists(passage.BodyTerms.Contains);
    }

    /// <summary>
    /// A question that names one activity type ("pluralsight subscriptions, evidence") is about that activity's line: when the
    /// leading passage names no word of that activity, a passage that does and scores at least <paramref name="share"/> (<see cref="KnowledgeBaseOptions.CloseHitShare"/>)
    /// of it leads instead (<paramref name="activityTerms"/>: each activity word's activity type), so a word the question shares with another line ("evidence", "paid") does not win, unless that line holds more question words. -1 when none.
    /// </summary>
    public static int ActivityLine(Dictionary<string, int> activityTerms, List<string> terms, List<SearchHit> hits, int lead, double share)
    {
        var named = terms.Where(activityTerms.ContainsKey).ToList();
        if (named.Count == 0 || named.Select(t => activityTerms[t]).Distinct().Count() != 1 || named.Exists(hits[lead].Passage.BodyTerms.Contains))
        {
            return -1;
        }

        // It must hold as many question words as the leading passage: "anúncio em folder impresso" names print too.
        var floor = hits[lead].Score * share;
        var held = Held(hits[lead].Passage);
        return hits.FindIndex(h => h.Score >= floor && named.Exists(h.Passage.BodyTerms.Contains) && Held(h.Passage) >= held);

        int Held(IndexedPassage passage) => terms.Count(passage.BodyTerms.Contains);
    }
}
