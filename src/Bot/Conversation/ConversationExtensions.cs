using CoopAssistant.Bot.Conversation.Colleagues;
using Microsoft.Extensions.DependencyInjection.Extensions;
using CoopAssistant.Bot.Conversation.Claims;
using CoopAssistant.Bot.Conversation.Commands;
using CoopAssistant.Bot.Conversation.Evidence;
using CoopAssistant.Bot.Conversation.Review;
using CoopAssistant.Bot.Conversation.Help;
using CoopAssistant.Bot.Conversation.Install;
using CoopAssistant.Bot.Conversation.Questions;
using CoopAssistant.Bot.Conversation.Sharing;
using CoopAssistant.Bot.Conversation.Teams;
using CoopAssistant.Bot.Reminders;
using CoopAssistant.Protocol.Adapter;

namespace CoopAssistant.Bot.Conversation;

public static class ConversationExtensions
{
    /// <summary>The chat as the host adds it: questions about the rules, the conversation, and the reminders' cards and sender.</summary>
    public static WebApplicationBuilder AddConversation(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddQuestions();
        builder.Services.AddConversation();
        builder.Services.AddReminders();
        return builder;
    }

    /// <summary>The conversation: install and welcome, commands (typed and from cards), card actions.</summary>
    public static IServiceCollection AddConversation(this IServiceCollection services)
    {
        services.AddMemoryCache();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ConversationReferenceTracker>();
        services.AddSingleton<InstallWelcome>();
        services.AddSingleton<CommandDispatcher>();
        services.TryAddSingleton<IUnmatchedTextHandler, NotUnderstoodHandler>();

        // Messages: files dropped into the chat are kept first; every other message goes on to the commands and the questions.
        // The conversation type decides first: a group chat or channel answers @mentions only, with nothing personal posted there
        // (the shared-conversation handler wraps the chat-file handler, which wraps the message handler).
        services.AddSingleton<MessageActivityHandler>();
        services.AddSingleton<ChatFileMessageHandler>();
        services.AddSingleton<PersonalChat>();
        services.AddSingleton<IActivityHandler, SharedConversationHandler>();
        services.AddSingleton<ITurnFailurePolicy, Outage.StorageOutagePolicy>();
        services.AddOptions<Localization.LanguageOptions>().BindConfiguration(Localization.LanguageOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ICultureResolver, Localization.BotCultureResolver>();
        services.AddOptions<RateLimits.ChatRateLimitOptions>().BindConfiguration(RateLimits.ChatRateLimitOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ITurnAdmission, RateLimits.ChatRateLimits>();
        services.AddSingleton<IActivityHandler, CardActionInvokeHandler>();
        services.AddSingleton<IActivityHandler, ConversationUpdateHandler>();
        services.AddSingleton<IActivityHandler, InstallationUpdateHandler>();

        services.AddSingleton<IBotCommand, HelpCommand>();
        services.AddSingleton<IBotCommand, WelcomeCommand>();
        services.AddClaimConversation();
        services.AddEvidenceConversation();
        services.AddReviewConversation();
        services.AddClaimSharing();
        services.AddColleagueRequests();
        return services;
    }
}
