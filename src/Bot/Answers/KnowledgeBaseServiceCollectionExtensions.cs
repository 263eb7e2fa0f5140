using CoopAssistant.Bot.Answers.Generative;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CoopAssistant.Bot.Answers;

public static class KnowledgeBaseServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IKnowledgeBase"/> (a singleton <see cref="LuceneKnowledgeBase"/> built
    /// when the host starts, ranking by words and by meaning through the one <see cref="IPassageEmbedder"/> of the process), the <see cref="ClaimQuestionRecognizer"/>, the
    /// <see cref="IKnowledgeAnswerWriter"/> (generative when an <see cref="IChatClient"/> is registered or
    /// <see cref="AzureOpenAIOptions"/> names an endpoint, quoting the passage otherwise), and binds <see cref="KnowledgeBaseOptions"/>
    /// to the "Knowledge" section and <see cref="AzureOpenAIOptions"/> to "Answers:AzureOpenAI" (validated at start).
    /// </summary>
    public static IServiceCollection AddKnowledgeBase(this IServiceCollection services)
    {
        services.AddOptions<KnowledgeBaseOptions>().BindConfiguration(KnowledgeBaseOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IPassageEmbedder, MiniLmPassageEmbedder>();
        services.TryAddSingleton<LuceneKnowledgeBase>();
        services.TryAddSingleton<IKnowledgeBase>(sp => sp.GetRequiredService<LuceneKnowledgeBase>());
        services.TryAddSingleton<ClaimQuestionRecognizer>();
        services.AddOptions<AzureOpenAIOptions>().BindConfiguration(AzureOpenAIOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AzureOpenAIOptions>, AzureOpenAIOptionsValidator>());
        // The chat client keeps its HttpClient for the host's life: connections are renewed every 5 minutes (DNS changes followed).
        services.AddHttpClient(AzureOpenAIChatClients.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
        services.AddHttpClient(AzureOpenAIChatClients.EntraHttpClientName);
        services.TryAddSingleton<IKnowledgeAnswerWriter>(sp => ChatClient(sp) is { } chat
            ? ActivatorUtilities.CreateInstance<GenerativeAnswerWriter>(sp, chat)
            : new ExtractiveAnswerWriter());
        services.AddHostedService<KnowledgeBaseWarmup>();
        return services;
    }

    /// <summary>A registered <see cref="IChatClient"/>, else Azure OpenAI's when configured, else none (the mode is off).</summary>
    private static IChatClient? ChatClient(IServiceProvider services)
    {
        if (services.GetService<IChatClient>() is { } registered)
        {
            return registered;
        }

        var options = services.GetRequiredService<IOptions<AzureOpenAIOptions>>().Value;
        return options.IsEnabled ? AzureOpenAIChatClients.Create(options, services) : null;
    }
}
