using System.Diagnostics;
using System.Globalization;
using CoopAssistant.Answers.Bench;
using CoopAssistant.Bench;
using CoopAssistant.Bot.Answers;
using CoopAssistant.TestKit.App.Answers;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

// Requirements Q&A benchmark: index build time, then Ask() latency over the whole question set.
// Usage: dotnet run -c Release --project bench/Answers.Bench [-- repetitions [--words-only]]
// By default answers rank by words and by meaning (the MiniLM model, as the bot runs); --words-only measures the lexical ranking alone.
// Scores instead: dotnet run -c Release --project bench/Answers.Bench -- --held-out [set names] [--misses] [--rewrite]
// (every held-out and dev set, the ranking alone and with the chat model of Answers:AzureOpenAI when configured; HeldOutRun).
if (args.Contains("--held-out"))
{
    return await HeldOutRun.RunAsync(args);
}

var repetitions = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100;
var wordsOnly = args.Contains("--words-only");
var english = CultureInfo.GetCultureInfo("en-US");
var portuguese = CultureInfo.GetCultureInfo("pt-BR");
var questions = new[]
{
    (QuestionSetData.EnglishTuning, english),
    (QuestionSetData.EnglishHeldOut, english),
    (QuestionSetData.PortugueseTuning, portuguese),
    (QuestionSetData.PortugueseHeldOut, portuguese),
}.SelectMany(set => LabelledQuestion.Parse(set.Item1).Select(q => (q.Question, Locale: set.Item2))).ToArray();

Console.WriteLine($"Load average at start: {LoadAverage()}");
Console.WriteLine($"Runtime {Environment.Version}, {Environment.ProcessorCount} cores, {questions.Length} questions x {repetitions} repetitions");

var rssAtStart = Rss();
var cold = Stopwatch.StartNew();
using var embedder = wordsOnly ? null : new MiniLmPassageEmbedder();
var modelLoad = Stopwatch.StartNew();
_ = embedder?.EmbedQuestion("warm up");
modelLoad.Stop();
using var knowledge = embedder is null
    ? new LuceneKnowledgeBase()
    : new LuceneKnowledgeBase(Options.Create(new KnowledgeBaseOptions()), NullLogger<LuceneKnowledgeBase>.Instance, TimeProvider.System, embedder);
var passageVectors = Stopwatch.StartNew();
knowledge.WarmUp();
passageVectors.Stop();
cold.Stop();
Console.WriteLine(FormattableString.Invariant($"Ranking: {(wordsOnly ? "words only" : "words and meaning (MiniLM)")}"));
Console.WriteLine(FormattableString.Invariant($"Start, first (cold, includes JIT): {cold.Elapsed.TotalMilliseconds:F1} ms (index in-constructor {knowledge.BuildTime.TotalMilliseconds:F1} ms, model load {modelLoad.Elapsed.TotalMilliseconds:F1} ms, passage vectors {passageVectors.Elapsed.TotalMilliseconds:F1} ms)"));
Console.WriteLine(FormattableString.Invariant($"Process RSS: {rssAtStart / 1048576.0:F0} MiB at start, {Rss() / 1048576.0:F0} MiB after the start"));

var builds = new List<double>();
for (var i = 0; i < 20; i++)
{
    var warm = Stopwatch.StartNew();
    using (new LuceneKnowledgeBase())
    {
        builds.Add(warm.Elapsed.TotalMilliseconds);
    }
}

// The minimum is the build without interference from other processes (the machine is shared).
Console.WriteLine(FormattableString.Invariant($"Index build, warm: min {builds.Min():F1} ms, median {Percentiles.Of(builds, 0.5):F1} ms, max {builds.Max():F1} ms (20 builds)"));

foreach (var (question, locale) in questions)
{
    knowledge.Ask(question, locale); // warm-up: JIT and Lucene caches
}

var latencies = new List<double>(questions.Length * repetitions);
var perQuestion = new Dictionary<string, List<double>>();
var slowest = new Dictionary<string, double>();
var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
var gen0Before = GC.CollectionCount(0);
for (var r = 0; r < repetitions; r++)
{
    foreach (var (question, locale) in questions)
    {
        var start = Stopwatch.GetTimestamp();
        knowledge.Ask(question, locale);
        var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        latencies.Add(ms);
        slowest[question] = Math.Max(slowest.GetValueOrDefault(question), ms);
        (perQuestion.TryGetValue(question, out var list) ? list : perQuestion[question] = []).Add(ms);
    }
}

var allocatedPerAnswer = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / (double)latencies.Count;
var gen0 = GC.CollectionCount(0) - gen0Before;

Console.WriteLine(FormattableString.Invariant(
    $"Ask, single thread ({latencies.Count} answers): mean {latencies.Average():F3} ms, p50 {Percentiles.Of(latencies, 0.5):F3} ms, p90 {Percentiles.Of(latencies, 0.9):F3} ms, p99 {Percentiles.Of(latencies, 0.99):F3} ms, max {latencies.Max():F3} ms"));
var medians = perQuestion.Values.Select(v => Percentiles.Of(v, 0.5)).ToList();
Console.WriteLine(FormattableString.Invariant(
    $"Ask, per-question median (robust to other processes): p50 {Percentiles.Of(medians, 0.5):F3} ms, p99 {Percentiles.Of(medians, 0.99):F3} ms, max {medians.Max():F3} ms"));
var minimums = perQuestion.Values.Select(v => v.Min()).ToList();
Console.WriteLine(FormattableString.Invariant(
    $"Ask, per-question minimum (no interference): p50 {Percentiles.Of(minimums, 0.5):F3} ms, p99 {Percentiles.Of(minimums, 0.99):F3} ms, max {minimums.Max():F3} ms"));
Console.WriteLine(FormattableString.Invariant($"Allocated per answer: {allocatedPerAnswer / 1024:F1} KiB; gen0 collections: {gen0}"));
Console.WriteLine($"Load average during the run: {LoadAverage()}");
Console.WriteLine(FormattableString.Invariant($"Process RSS after the answers: {Rss() / 1048576.0:F0} MiB"));
Console.WriteLine("Slowest questions (max over repetitions):");
foreach (var (question, ms) in slowest.OrderByDescending(p => p.Value).Take(5))
{
    Console.WriteLine(FormattableString.Invariant($"  {ms,8:F3} ms  {question}"));
}

var parallel = Stopwatch.StartNew();
var count = 0;
Parallel.For(0, repetitions, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, _ =>
{
    foreach (var (question, locale) in questions)
    {
        knowledge.Ask(question, locale);
        Interlocked.Increment(ref count);
    }
});
Console.WriteLine(FormattableString.Invariant($"Ask, {Environment.ProcessorCount} threads: {count} answers in {parallel.Elapsed.TotalMilliseconds:F0} ms ({count / parallel.Elapsed.TotalSeconds:F0} answers/s)"));

const string section = "Q&A";
if (!wordsOnly)
{
    BenchResults.Add(section, "sentence model load (MiniLM)", "result", modelLoad.Elapsed.TotalMilliseconds, "ms");
    BenchResults.Add(section, "passage vectors at start (both languages)", "result", passageVectors.Elapsed.TotalMilliseconds, "ms");
    BenchResults.Add(section, "process RSS after the answers (with the model)", "result", Rss() / 1048576.0, "MiB");
}

BenchResults.Add(section, "knowledge-base index build, warm (median of 20)", "result", Percentiles.Of(builds, 0.5), "ms");
BenchResults.Add(section, "knowledge-base index build, warm (min of 20)", "result", builds.Min(), "ms");
BenchResults.Add(section, "knowledge-base index build, cold (first, with JIT)", "result", cold.Elapsed.TotalMilliseconds, "ms");
BenchResults.Add(section, BenchResults.Invariant($"answer p50 ({latencies.Count:N0} answers, one thread)"), "result", Percentiles.Of(latencies, 0.5), "ms");
BenchResults.Add(section, BenchResults.Invariant($"answer p99 ({latencies.Count:N0} answers, one thread)"), "result", Percentiles.Of(latencies, 0.99), "ms");
BenchResults.Add(section, BenchResults.Invariant($"answers/s on {Environment.ProcessorCount} threads"), "result", count / parallel.Elapsed.TotalSeconds, "/s");

return 0;

static long Rss() => Process.GetCurrentProcess().WorkingSet64;

static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a";
