using System.Globalization;
using Xunit.Abstractions;

namespace CoopAssistant.Bot.Tests.Answers;

public sealed class DiagnosticsTests(KnowledgeBaseFixture fixture, ITestOutputHelper output) : IClassFixture<KnowledgeBaseFixture>
{
    [Fact]
    public void Dump()
    {
        foreach (var (data, locale) in new[] { (QuestionSetData.EnglishTuning, "en-US"), (QuestionSetData.PortugueseTuning, "pt-BR"), (QuestionSetData.EnglishHeldOut, "en-US"), (QuestionSetData.PortugueseHeldOut, "pt-BR") })
        {
            foreach (var q in LabelledQuestion.Parse(data))
            {
                var (lang, r) = fixture.Knowledge.Search(q.Question, CultureInfo.GetCultureInfo(locale));
                var top = r.Hits.Count > 0 ? r.Hits[0] : null;
                var second = r.Hits.FirstOrDefault(h => top is not null && h.Passage.Article.Id != top.Passage.Article.Id);
                output.WriteLine(FormattableString.Invariant($"DIAG|{q.ExpectedArticleId ?? "unknown"}|{top?.Passage.Article.Id}|{r.Coverage:F2}|{top?.Score:F2}|{second?.Passage.Article.Id}:{second?.Score:F2}|{lang}|{q.Question}|{string.Join(' ', r.Terms.Select(t => $"{t.Term}:{t.ArticleFrequency}{(t.Covered ? "+" : "-")}"))}"));
            }
        }
    }
}
