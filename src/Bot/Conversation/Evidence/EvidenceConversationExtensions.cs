using CoopAssistant.Bot.Conversation.Background;
using CoopAssistant.Bot.Conversation.Commands;
using CoopAssistant.Bot.Conversation.Evidence.Search;
using CoopAssistant.Bot.Conversation.Evidence.SignIn;
using CoopAssistant.Bot.Protocol.Hosting;
using CoopAssistant.Scheduling.Work;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CoopAssistant.Bot.Conversation.Evidence;

public static class EvidenceConversationExtensions
{
    /// <summary>
    /// The evidence conversation: files dropped into the chat and files found in OneDrive/SharePoint (both kept by background
    /// work: <see cref="ChatFilesWork"/>, <see cref="Search.AttachFoundWork"/>), and Teams SSO for Graph (OAuth card, <c>signin/tokenExchange</c>, <c>signin/verifyState</c>, "sign in"). Call after <c>AddConversation</c>: the message handler is
    /// wrapped so messages with files come here first and all others go on to <see cref="MessageActivityHandler"/>.
    /// </summary>
    public static IServiceCollection AddEvidenceConversation(this IServiceCollection services)
    {
        var message = services.FirstOrDefault(d => d.ServiceType == typeof(IActivityHandler) && d.ImplementationType == typeof(MessageActivityHandler));
        if (message is not null)
        {
            services.Remove(message);
        }

        services.AddSingleton<MessageActivityHandler>();
        services.AddSingleton<ChatFileIntake>();
        services.AddSingleton<ChatFileDelivery>();
        services.AddSingleton<IActivityHandler, ChatFileMessageHandler>();
        services.AddSingleton<IBotCommand, StoreChatFilesCommand>();
        services.TryAddSingleton<ConversationCards>();
        services.AddBackgroundWorkHandler<ChatFilesWorkHandler>();
        services.AddBackgroundWorkHandler<ChatFilesDiscardWorkHandler>();
        services.AddBackgroundWorkHandler<AttachFoundWorkHandler>();

        services.AddSingleton<GraphSignIn>();
        services.AddSingleton<IActivityHandler, TokenExchangeInvokeHandler>();
        services.AddSingleton<IActivityHandler, VerifyStateInvokeHandler>();
        services.AddSingleton<IBotCommand, SignInCommand>();

        services.AddSingleton<IBotCommand, SearchFilesCommand>();
        services.AddSingleton<IBotCommand, AttachFoundFilesCommand>();
        services.AddSingleton<Sources.ClaimSourceChecks>();
        return services;
    }
}
