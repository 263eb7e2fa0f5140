using System.Diagnostics;
using CoopAssistant.Bot.Answers;
using CoopAssistant.Bot.Answers.Generative;
using CoopAssistant.Protocol.Authentication;
using CoopAssistant.TestKit.App.Answers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CoopAssistant.Answers.Bench;

/// <summary>
/// <c>--held-out</c>: scores every held-out and dev set (embedded from tests/Bot/Answers) with the answer path the bot runs: the
/// ranking by words and meaning, then, when <c>Answers:AzureOpenAI</c> is configured (environment variables
/// <c>Answers__AzureOpenAI__Endpoint</c>, <c>__ChatDeployment</c>, <c>__ApiKey</c>, or the app's Entra settings), the chat model
/// picking the passage for each question the ranking leaves unanswered. Prints per-set scores of the ranking alone and with the
/// model, so issue 20's 95% target can be measured against a real deployment. Found answers are scored on the passage the
/// ranking chose (a rewrite does not change it), so their rewrite is skipped unless <c>--rewrite</c> is given. The "ceiling" is
/// the score of a model that always picks right (it needs no model). The <c>Knowledge</c> section is read from the environment
/// too (<c>Knowledge__ModelCandidates=8</c>).
/// </summary>
internal static class HeldOutRun
{
    public static async Task<int> RunAsync(string[] args)
    {
        var rewrite = args.Contains("--rewrite");
        var misses = args.Contains("--misses");
        var only = args.SkipWhile(a => a != "--held-out").Skip(1).TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        var clock = new SetClock();
        using var embedder = new MiniLmPassageEmbedder();
        var tuning = configuration.GetSection(KnowledgeBaseOptions.SectionName).Get<KnowledgeBaseOptions>() ?? new KnowledgeBaseOptions();
        using var knowledge = new LuceneKnowledgeBase(Options.Create(tuning), NullLogger<LuceneKnowledgeBase>.Instance, clock, embedder);
        knowledge.WarmUp();

        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<IConfiguration>(configuration);
        services.AddOptions<BotOptions>().Configure<IConfiguration>((options, root) => root.Bind(options));
        services.AddOptions<BotFrameworkOptions>().BindConfiguration(BotFrameworkOptions.SectionName);
        services.AddSingleton(knowledge);
        services.AddSingleton<IKnowledgeBase>(knowledge);
        services.AddKnowledgeBase();
        await using var provider = services.BuildServiceProvider();
        IKnowledgeAnswerWriter writer;
        AzureOpenAIOptions options;
        try
        {
            options = provider.GetRequiredService<IOptions<AzureOpenAIOptions>>().Value;
            writer = provider.GetRequiredService<IKnowledgeAnswerWriter>();
        }
        catch (OptionsValidationException invalid)
        {
            Console.Error.WriteLine("Answers:AzureOpenAI is not valid:");
            foreach (var failure in invalid.Failures)
            {
                Console.Error.WriteLine("  " + failure);
            }

            return 2;
        }

        Console.WriteLine(options.IsEnabled
            ? $"Mode: ranking + chat model (deployment '{options.ChatDeployment}' at {options.Endpoint}, {(string.IsNullOrWhiteSpace(options.ApiKey) ? "Entra token" : "key")}, timeout {options.Timeout.TotalSeconds:F0} s)"
            : "Mode: ranking only (set Answers__AzureOpenAI__Endpoint and __ChatDeployment to measure with a model)");
        var assembly = typeof(HeldOutRun).Assembly;
        var totals = new Dictionary<string, (int Total, int Ranking, int WithModel)>();
        foreach (var name in HeldOutQuestionSet.Names(assembly).Where(n => only.Count == 0 || only.Contains(n)))
        {
            var set = HeldOutQuestionSet.Embedded(assembly, name);
            clock.Now = new DateTimeOffset(set.Today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
            var score = new SetScore();
            foreach (var question in set.Questions)
            {
                var ranked = knowledge.Ask(question.Question, set.Language);
                var final = ranked;
                if (options.IsEnabled && (!ranked.Found || rewrite) && (ranked.Found || ranked.Candidates.Count > 0))
                {
                    var started = Stopwatch.GetTimestamp();
                    using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(2));
                    var written = await writer.WriteAsync(question.Question, ranked, limit.Token);
                    score.CallMs.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    final = written.IsGenerated ? ranked : written;
                    score.Asked += ranked.Found ? 0 : 1;
                    score.Picked += written.IsPickedByModel ? 1 : 0;
                }

                var rankingProblem = HeldOutScoring.Problem(question, ranked, set.Language);
                var problem = HeldOutScoring.Problem(question, final, set.Language);
                score.Add(rankingProblem is null, problem is null, final.IsPickedByModel, rankingProblem is null || Reachable(question, ranked, set));
                if (misses && problem is not null)
                {
                    score.Misses.Add($"  MISS \"{question.Question}\": {problem} (got {(final.Found ? final.ArticleId : "unknown")}{(final.IsPickedByModel ? ", picked by the model" : string.Empty)})");
                }
            }

            Console.WriteLine(score.Line(name));
            score.Misses.ForEach(Console.WriteLine);
            var language = set.Language.Name;
            var total = totals.GetValueOrDefault(language);
            totals[language] = (total.Total + score.Total, total.Ranking + score.Ranking, total.WithModel + score.WithModel);
        }

        foreach (var (language, total) in totals)
        {
            Console.WriteLine(FormattableString.Invariant(
                $"{language}, every set: ranking {total.Ranking}/{total.Total} ({Share(total.Ranking, total.Total):P1}), with the model {total.WithModel}/{total.Total} ({Share(total.WithModel, total.Total):P1})"));
        }

        return 0;
    }

    /// <summary>Whether a model that always picks right could answer: one of the candidates would count as the answer.</summary>
    private static bool Reachable(HeldOutQuestion question, KnowledgeAnswer ranked, HeldOutQuestionSet set) =>
        !ranked.Found && ranked.Candidates.Any(c => HeldOutScoring.Problem(
            question,
            new KnowledgeAnswer(true, c.ArticleId, c.Title, c.Text, c.Source, ranked.Confidence, []) { Language = ranked.Language },
            set.Language) is null);

    private static double Share(int part, int total) => total == 0 ? 0 : (double)part / total;

    private sealed class SetScore
    {
        public int Total { get; private set; }

        public int Ranking { get; private set; }

        public int WithModel { get; private set; }

        public int Asked { get; set; }

        public int Picked { get; set; }

        public int PickedRight { get; private set; }

        /// <summary>Right with a model that always picks right (the ranking's right answers and every unanswered question a candidate answers).</summary>
        public int Ceiling { get; private set; }

        public List<double> CallMs { get; } = [];

        public List<string> Misses { get; } = [];

        public void Add(bool rankingRight, bool right, bool picked, bool reachable)
        {
            Total++;
            Ceiling += reachable ? 1 : 0;
            Ranking += rankingRight ? 1 : 0;
            WithModel += right ? 1 : 0;
            PickedRight += picked && right ? 1 : 0;
        }

        public string Line(string name) => FormattableString.Invariant(
            $"{name}: ranking {Ranking}/{Total} ({Share(Ranking, Total):P1}), with the model {WithModel}/{Total} ({Share(WithModel, Total):P1}), ceiling of a perfect pick {Ceiling}/{Total} ({Share(Ceiling, Total):P1}); model asked to pick {Asked}, picked {Picked} ({PickedRight} right, {Picked - PickedRight} wrong)")
            + (CallMs.Count == 0 ? string.Empty : FormattableString.Invariant($"; model calls p50 {Percentiles.Of(CallMs, 0.5):F0} ms, max {CallMs.Max():F0} ms"));
    }

    /// <summary>A clock set to each set's "today" (for dates written without a year).</summary>
    private sealed class SetClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = DateTimeOffset.UtcNow;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
