using Microsoft.Extensions.Hosting;

namespace CoopAssistant.Bot.Answers;

/// <summary>Builds the knowledge index and its passage vectors when the host starts, so the first question is not slow.</summary>
internal sealed class KnowledgeBaseWarmup(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        (services.GetService(typeof(LuceneKnowledgeBase)) as LuceneKnowledgeBase)?.WarmUp();
        _ = services.GetService(typeof(IKnowledgeBase));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
