namespace CoopAssistant.Bot.Answers;

/// <summary>
/// The ranking by meaning (<see cref="SemanticPassages"/>) beside the lexical ranking (issue 20). A question the lexical
/// ranking cannot answer (its words are trade words no table lists) is answered by the passage closest in meaning when that
/// passage is similar enough (<see cref="KnowledgeBaseOptions.SemanticAnswerThreshold"/>) and clear of every other article
/// (<see cref="KnowledgeBaseOptions.SemanticArticleMargin"/>): questions outside the domain are about as close to several
/// articles, so the margin is the domain guard. An answered question moves to the passage closest in meaning only when it is
/// <see cref="KnowledgeBaseOptions.SemanticRescoreMargin"/> more similar than the lexical choice. A question with an off-topic
/// cue (<see cref="QuestionDomain.OffTopic"/>) is never answered by meaning.
/// </summary>
internal static class SemanticFusion
{
    /// <summary>
    /// The result with the ranking by meaning applied. <paramref name="rank"/> (one question vector) runs only when it can
    /// change the answer: an in-domain question the lexical ranking does not answer, or any when rescoring is on.
    /// </summary>
    public static SearchResult Apply(SearchResult result, Func<IReadOnlyList<(IndexedPassage Passage, double Similarity)>> rank, KnowledgeLanguage language, KnowledgeBaseOptions options)
    {
        var (threshold, margin) = language == KnowledgeLanguage.Portuguese
            ? (options.SemanticAnswerThresholdPortuguese, options.SemanticArticleMarginPortuguese)
            : (options.SemanticAnswerThreshold, options.SemanticArticleMargin);
        var answered = result.Hits.Count > 0 && result.Coverage >= options.ConfidenceThreshold;
        if (result.Domain == QuestionDomain.OffTopic || (answered && options.SemanticRescoreMargin >= 2))
        {
            return result;
        }

        var ranked = rank();
        if (ranked.Count == 0 || ranked[0].Similarity < threshold)
        {
            return result;
        }

        var (closest, similarity) = ranked[0];
        var otherArticle = ranked.FirstOrDefault(r => r.Passage.Article.Id != closest.Article.Id).Similarity;
        if (similarity - otherArticle < margin)
        {
            return result;
        }

        var score = result.Hits.Count > 0 ? result.Hits[0].Score : 1f;
        var rest = result.Hits.Where(h => h.Passage != closest);
        if (!answered)
        {
            return result with { Hits = [new SearchHit(closest, score), .. rest], Coverage = Math.Max(result.Coverage, options.ConfidenceThreshold) };
        }

        var lexical = result.Hits[0].Passage;
        var lexicalSimilarity = ranked.FirstOrDefault(r => r.Passage == lexical).Similarity;
        return closest != lexical && similarity - lexicalSimilarity >= options.SemanticRescoreMargin
            ? result with { Hits = [new SearchHit(closest, score), .. rest] }
            : result;
    }
}
