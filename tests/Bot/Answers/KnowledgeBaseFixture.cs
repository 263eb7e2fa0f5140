using CoopAssistant.Bot.Answers;

namespace CoopAssistant.Bot.Tests.Answers;

/// <summary>One knowledge base (built from the embedded articles with default options) shared by a test class.</summary>
public sealed class KnowledgeBaseFixture : IDisposable
{
    public LuceneKnowledgeBase Knowledge { get; } = new();

    public void Dispose() => Knowledge.Dispose();
}
