using Microsoft.Extensions.Hosting;

namespace CoopAssistant.Bot.Answers;

/// <summary>Builds the knowledge index and its passage vectors when the host starts, so the first question is not slow.</summary>
internal sealed class KnowledgeBaseWarmup(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        // A host that replaced the knowledge base (tests) builds no Lucene index and loads no model.
        (services.GetService(typeof(IKnowledgeBase)) as LuceneKnowledgeBase)?.WarmUp();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
