using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CoopAssistant.Bot.Answers;

public static class KnowledgeBaseServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IKnowledgeBase"/> (a singleton <see cref="LuceneKnowledgeBase"/> built
    /// when the host starts, ranking by words and by meaning through the one <see cref="IPassageEmbedder"/> of the process), the <see cref="ClaimQuestionRecognizer"/>, the
    /// <see cref="IKnowledgeAnswerWriter"/> (generative when an <see cref="IChatClient"/> is registered,
    /// quoting the passage otherwise), and binds <see cref="KnowledgeBaseOptions"/> to the "Knowledge" section.
    /// </summary>
    public static IServiceCollection AddKnowledgeBase(this IServiceCollection services)
    {
        services.AddOptions<KnowledgeBaseOptions>().BindConfiguration(KnowledgeBaseOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IPassageEmbedder, MiniLmPassageEmbedder>();
        services.TryAddSingleton<LuceneKnowledgeBase>();
        services.TryAddSingleton<IKnowledgeBase>(sp => sp.GetRequiredService<LuceneKnowledgeBase>());
        services.TryAddSingleton<ClaimQuestionRecognizer>();
        services.TryAddSingleton<IKnowledgeAnswerWriter>(sp => sp.GetService<IChatClient>() is { } chat
            ? ActivatorUtilities.CreateInstance<GenerativeAnswerWriter>(sp, chat)
            : new ExtractiveAnswerWriter());
        services.AddHostedService<KnowledgeBaseWarmup>();
        return services;
    }
}
