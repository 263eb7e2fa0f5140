using CoopAssistant.Bot.Answers;
using CoopAssistant.Bot.Answers.Generative;
using CoopAssistant.Protocol.Authentication;
using CoopAssistant.TestKit.AzureOpenAI;
using CoopAssistant.TestKit.Tokens;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CoopAssistant.Bot.Tests.Answers.Generative;

/// <summary>
/// The app's Q&amp;A services (<see cref="KnowledgeBaseServiceCollectionExtensions.AddKnowledgeBase"/>) configured against a
/// <see cref="FakeAzureOpenAIServer"/>, sharing the test class's knowledge base (no index or passage vectors built per test).
/// </summary>
internal static class AzureOpenAIHarness
{
    public const string Key = "fake-key-1";

    /// <summary>Settings of the generative mode against <paramref name="fake"/>: with the key unless <paramref name="withKey"/> is false.</summary>
    public static Dictionary<string, string?> Settings(FakeAzureOpenAIServer fake, bool withKey = true, TimeSpan? timeout = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Answers:AzureOpenAI:Endpoint"] = fake.Endpoint.ToString(),
            ["Answers:AzureOpenAI:ChatDeployment"] = "chat",
        };
        if (withKey)
        {
            settings["Answers:AzureOpenAI:ApiKey"] = Key;
        }

        if (timeout is { } limit)
        {
            settings["Answers:AzureOpenAI:Timeout"] = limit.ToString("c", System.Globalization.CultureInfo.InvariantCulture);
        }

        return settings;
    }

    public static ServiceProvider Services(LuceneKnowledgeBase knowledge, IDictionary<string, string?> settings, FakeAzureOpenAIServer? fake = null, LocalTokenIssuer? issuer = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddOptions<BotOptions>().Configure<IConfiguration>((options, root) => root.Bind(options));
        services.AddOptions<BotFrameworkOptions>().BindConfiguration(BotFrameworkOptions.SectionName);
        services.AddSingleton(knowledge);
        services.AddSingleton<IKnowledgeBase>(knowledge);
        services.AddKnowledgeBase();
        if (fake is not null)
        {
            services.AddHttpClient(AzureOpenAIChatClients.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => fake.TrustingHandler());
            services.AddHttpClient(AzureOpenAIChatClients.EntraHttpClientName)
                .ConfigurePrimaryHttpMessageHandler(() => issuer is null ? fake.TrustingHandler() : fake.TrustingHandler(issuer.Certificate));
        }

        return services.BuildServiceProvider();
    }

    /// <summary>What a model that understood the passages answers: the number of the listed passage that contains <paramref name="phrase"/>, read from the prompt as a model reads it.</summary>
    public static string NumberOf(FakeChatRequest request, string phrase)
    {
        foreach (var line in request.System.Split('\n'))
        {
            if (line.StartsWith('[') && line.Contains(phrase, StringComparison.Ordinal))
            {
                return line[1..line.IndexOf(']', StringComparison.Ordinal)];
            }
        }

        return "0";
    }
}
