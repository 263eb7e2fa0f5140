using CoopAssistant.Bot.Answers;

namespace CoopAssistant.Bot.Tests.Answers;

public sealed class AlternateQuestionMatchTests
{
    // 15 articles: "claim" is in all of them (weight ln 2), "cpor" in one (weight ln 16).
    private static readonly Dictionary<string, int> Frequency = new(StringComparer.Ordinal)
    {
        ["claim"] = 15, ["creat"] = 3, ["cpor"] = 1, ["tenant"] = 1, ["custom"] = 4,
    };

    private readonly AlternateQuestionMatch match = new(Frequency, 15, new KnowledgeBaseOptions());

    [Fact]
    public void Best_IsOneForTheSameTermsAndQuestionWord()
    {
        var passage = Passage(([ "creat", "claim" ], QuestionType.How));

        Assert.Equal(1.0, match.Best(["creat", "claim"], Near(2), QuestionType.How, passage), 6);
    }

    [Fact]
    public void Best_IsLowerWhenTheQuestionWordDiffers()
    {
        var how = Passage(([ "creat", "claim" ], QuestionType.How));
        var who = Passage(([ "creat", "claim" ], QuestionType.Who));

        Assert.True(match.Best(["creat", "claim"], Near(2), QuestionType.How, how) > match.Best(["creat", "claim"], Near(2), QuestionType.How, who));
    }

    [Fact]
    public void Best_WeighsARareSharedWordAboveACommonOne()
    {
        var rare = Passage(([ "cpor", "custom" ], QuestionType.None));
        var common = Passage(([ "claim", "custom" ], QuestionType.None));

        Assert.True(match.Best(["cpor", "claim"], Near(2), QuestionType.None, rare) > match.Best(["cpor", "claim"], Near(2), QuestionType.None, common));
    }

    [Fact]
    public void Best_TakesTheClosestAlternateQuestionAndGivesANearSpellingPartialCredit()
    {
        var passage = Passage(([ "claim" ], QuestionType.None), ([ "tenant", "cpor" ], QuestionType.None));
        List<string>[] spellings = [[], ["tenant"]];

        var exact = match.Best(["cpor", "tenant"], Near(2), QuestionType.None, passage);
        var corrected = match.Best(["cpor", "tenat"], spellings, QuestionType.None, passage);

        Assert.Equal(1.0, exact, 6);
        Assert.InRange(corrected, 0.3, 0.99);
    }

    [Fact]
    public void Best_IsZeroForAPassageWithoutAlternateQuestions() =>
        Assert.Equal(0, match.Best(["cpor"], Near(1), QuestionType.What, Passage()));

    private static List<string>[] Near(int count) => [.. Enumerable.Range(0, count).Select(_ => new List<string>())];

    private static IndexedPassage Passage(params (string[] Terms, QuestionType Type)[] questions)
    {
        var article = new SourceArticle("a", KnowledgeLanguage.English, "A", null, [], [], [new ArticlePassage("text", null)]);
        return new IndexedPassage(article, 0, "text", null, new HashSet<string>(), new HashSet<string>())
        {
            QuestionTerms = [.. questions.Select(q => (IReadOnlySet<string>)q.Terms.ToHashSet(StringComparer.Ordinal))],
            QuestionTypes = [.. questions.Select(q => q.Type)],
        };
    }
}
