using CoopAssistant.Bot.Answers;
using CoopAssistant.TestKit.App.Answers;
using Microsoft.Extensions.Logging.Abstractions;

namespace CoopAssistant.Bot.Tests.Answers;

/// <summary>One knowledge base (built from the embedded articles with default options, ranking by words and by meaning through the process's one embedding model) shared by a test class.</summary>
public sealed class KnowledgeBaseFixture : IDisposable
{
    public LuceneKnowledgeBase Knowledge { get; } = new(EmbeddedArticles.Load(), new KnowledgeBaseOptions(), NullLogger.Instance, TimeProvider.System, SharedPassageEmbedder.Instance);

    public void Dispose() => Knowledge.Dispose();
}
