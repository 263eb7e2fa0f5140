using CoopAssistant.Bot.Answers;

namespace CoopAssistant.TestKit.App.Answers;

/// <summary>
/// The one sentence-embedding model of a test process (issue 20): loading MiniLM and embedding the passages takes seconds,
/// so every knowledge base and bot host of the tests shares this instance and the passage vectors it remembers.
/// </summary>
public static class SharedPassageEmbedder
{
    private static readonly Lazy<MiniLmPassageEmbedder> Shared = new(() => new MiniLmPassageEmbedder(), LazyThreadSafetyMode.ExecutionAndPublication);

    public static IPassageEmbedder Instance => Shared.Value;
}
