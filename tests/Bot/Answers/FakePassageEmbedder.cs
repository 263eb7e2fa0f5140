using CoopAssistant.Bot.Answers;

namespace CoopAssistant.Bot.Tests.Answers;

/// <summary>
/// A deterministic <see cref="IPassageEmbedder"/>: every text gets its own pseudo-random unit vector (seeded by a stable hash
/// of the text, so different texts are nearly orthogonal), and a question listed in <paramref name="meanings"/> gets the mean
/// of the vectors of the texts it is said to mean. It counts its calls.
/// </summary>
internal sealed class FakePassageEmbedder(IReadOnlyDictionary<string, string[]> meanings) : IPassageEmbedder
{
    private const int Dimensions = 256;
    private int passageCalls;
    private int questionCalls;

    public int PassageCalls => passageCalls;

    public int QuestionCalls => questionCalls;

    public float[] EmbedQuestion(string question)
    {
        Interlocked.Increment(ref questionCalls);
        if (!meanings.TryGetValue(question, out var texts))
        {
            return Vector(question);
        }

        var sum = new float[Dimensions];
        foreach (var vector in texts.Select(Vector))
        {
            for (var i = 0; i < Dimensions; i++)
            {
                sum[i] += vector[i];
            }
        }

        return Normalised(sum);
    }

    public IReadOnlyList<float[]> EmbedPassages(IReadOnlyList<string> texts)
    {
        Interlocked.Increment(ref passageCalls);
        return [.. texts.Select(Vector)];
    }

    private static float[] Vector(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        var random = new Random(unchecked((int)hash));
        return Normalised([.. Enumerable.Range(0, Dimensions).Select(_ => (float)((random.NextDouble() * 2) - 1))]);
    }

    private static float[] Normalised(float[] vector)
    {
        var length = MathF.Sqrt(vector.Sum(v => v * v));
        return [.. vector.Select(v => v / length)];
    }
}
