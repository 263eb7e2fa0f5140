using System.Globalization;
using CoopAssistant.Bot.Answers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CoopAssistant.Bot.Tests.Answers;

public sealed class KnowledgeBaseServiceCollectionExtensionsTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddLogging();
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
    public void AddKnowledgeBase_BindsTheKnowledgeSection()
    {
        using var provider = Build(new() { ["Knowledge:ConfidenceThreshold"] = "1.01" });

        var answer = provider.GetRequiredService<IKnowledgeBase>().Ask("when is my claim due?", CultureInfo.GetCultureInfo("en-US"));

        Assert.False(answer.Found);
    }
}
