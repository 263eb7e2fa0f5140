using System.Globalization;
using CoopAssistant.Bot.Answers;
using CoopAssistant.TestKit.App.Answers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CoopAssistant.Bot.Tests.Answers;

public sealed class KnowledgeBaseServiceCollectionExtensionsTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings, bool sharedEmbedder = true)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        if (sharedEmbedder)
        {
            services.AddSingleton(SharedPassageEmbedder.Instance);
        }

        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddKnowledgeBase();
        return services.BuildServiceProvider();
    }

    [Fact]
    public void AddKnowledgeBase_RegistersOneSharedKnowledgeBaseAndItsWarmup()
    {
        using var provider = Build([]);

        var first = provider.GetRequiredService<IKnowledgeBase>();

        Assert.IsType<LuceneKnowledgeBase>(first);
        Assert.Same(first, provider.GetRequiredService<IKnowledgeBase>());
        Assert.Contains(provider.GetServices<IHostedService>(), s => s.GetType().Name == "KnowledgeBaseWarmup");
    }

    [Fact]
    public void AddKnowledgeBase_RegistersOneMiniLmEmbedderUnlessOneIsRegistered()
    {
        using var provider = Build([], sharedEmbedder: false);
        using var shared = Build([]);

        Assert.IsType<MiniLmPassageEmbedder>(provider.GetRequiredService<IPassageEmbedder>());
        Assert.Same(provider.GetRequiredService<IPassageEmbedder>(), provider.GetRequiredService<IPassageEmbedder>());
        Assert.Same(SharedPassageEmbedder.Instance, shared.GetRequiredService<IPassageEmbedder>());
    }

    [Fact]
    public void AddKnowledgeBase_BindsTheKnowledgeSection()
    {
        // Both ways to answer are closed: by words (ConfidenceThreshold) and by meaning (SemanticAnswerThreshold).
        using var provider = Build(new() { ["Knowledge:ConfidenceThreshold"] = "1.01", ["Knowledge:SemanticAnswerThreshold"] = "2" });

        var answer = provider.GetRequiredService<IKnowledgeBase>().Ask("when is my claim due?", CultureInfo.GetCultureInfo("en-US"));

        Assert.False(answer.Found);
    }
}
