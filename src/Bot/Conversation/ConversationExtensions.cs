using Microsoft.Extensions.DependencyInjection.Extensions;
using CoopAssistant.Bot.Conversation.Claims;
using CoopAssistant.Bot.Conversation.Commands;
using CoopAssistant.Bot.Conversation.Evidence;
using CoopAssistant.Bot.Conversation.Help;
using CoopAssistant.Bot.Conversation.Install;
using CoopAssistant.Protocol.Adapter;

namespace CoopAssistant.Bot.Conversation;

public static class ConversationExtensions
{
    /// <summary>The conversation: install and welcome, commands (typed and from cards), card actions.</summary>
    public static IServiceCollection AddConversation(this IServiceCollection services)
    {
        services.AddMemoryCache();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ConversationReferenceTracker>();
        services.AddSingleton<InstallWelcome>();
        services.AddSingleton<CommandDispatcher>();
        services.TryAddSingleton<IUnmatchedTextHandler, NotUnderstoodHandler>();

        services.AddSingleton<IActivityHandler, MessageActivityHandler>();
        services.AddSingleton<ITurnFailurePolicy, Outage.StorageOutagePolicy>();
        services.AddSingleton<ICultureResolver, Localization.BotCultureResolver>();
        services.AddSingleton<IActivityHandler, CardActionInvokeHandler>();
        services.AddSingleton<IActivityHandler, ConversationUpdateHandler>();
        services.AddSingleton<IActivityHandler, InstallationUpdateHandler>();

        services.AddSingleton<IBotCommand, HelpCommand>();
        services.AddSingleton<IBotCommand, WelcomeCommand>();
        services.AddClaimConversation();
        services.AddEvidenceConversation();
        return services;
    }
}
