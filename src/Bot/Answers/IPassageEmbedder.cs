namespace CoopAssistant.Bot.Answers;

/// <summary>
/// Turns text into unit-length sentence vectors whose cosine (dot product) measures closeness of meaning, not shared
/// words (issue 20). <see cref="EmbedPassages"/> is for the articles' fixed texts and may remember them;
/// <see cref="EmbedQuestion"/> is called once per question. Implementations are thread-safe singletons.
/// </summary>
public interface IPassageEmbedder
{
    /// <summary>The vector of a user's question.</summary>
    float[] EmbedQuestion(string question);

    /// <summary>The vectors of fixed texts (passages, alternate questions), in order.</summary>
    IReadOnlyList<float[]> EmbedPassages(IReadOnlyList<string> texts);
}
