namespace CoopAssistant.Bot.Answers;

/// <summary>
/// The passages a chat model may choose from when the ranking does not answer (<see cref="KnowledgeAnswer.Candidates"/>, the
/// generative mode's retrieval help): none for an off-topic question or one that shares no word with the articles; otherwise
/// the best of the ranking by words and the ranking by meaning, alternately, without repeats.
/// </summary>
internal static class ModelCandidates
{
    public static List<KnowledgePassage> For(SearchResult result, Func<IReadOnlyList<(IndexedPassage Passage, double Similarity)>> byMeaning, int count)
    {
        if (count <= 0 || result.Domain == QuestionDomain.OffTopic || result.Hits.Count == 0)
        {
            return [];
        }

        var lexical = result.Hits.Select(h => h.Passage).ToList();
        var meaning = byMeaning().Select(r => r.Passage).ToList();
        var chosen = new List<IndexedPassage>();
        for (var i = 0; chosen.Count < count && (i < lexical.Count || i < meaning.Count); i++)
        {
            foreach (var passage in (IndexedPassage?[])[i < lexical.Count ? lexical[i] : null, i < meaning.Count ? meaning[i] : null])
            {
                if (passage is not null && chosen.Count < count && !chosen.Contains(passage))
                {
                    chosen.Add(passage);
                }
            }
        }

        return [.. chosen.Select(p => new KnowledgePassage(p.Article.Id, p.Article.Title, p.Text, p.Source))];
    }
}
