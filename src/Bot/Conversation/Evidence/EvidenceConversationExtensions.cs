using CoopAssistant.Bot.Conversation.Background;
using CoopAssistant.Bot.Conversation.Commands;
using CoopAssistant.Bot.Conversation.Evidence.Search;
using CoopAssistant.Bot.Conversation.Evidence.SignIn;
using CoopAssistant.Protocol.Adapter;
using CoopAssistant.Scheduling.Work;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CoopAssistant.Bot.Conversation.Evidence;

public static class EvidenceConversationExtensions
{
    /// <summary>
    /// The evidence conversation: files dropped into the chat and files found in OneDrive/SharePoint (both kept by background
    /// work: <see cref="ChatFilesWork"/>, <see cref="Search.AttachFoundWork"/>), and Teams SSO for Graph (OAuth card,
    /// <c>signin/tokenExchange</c>, <c>signin/verifyState</c>, "sign in"). The chat-file handler, <see cref="ChatFileMessageHandler"/>,
    /// is the message handler <c>AddConversation</c> registers.
    /// </summary>
    public static IServiceCollection AddEvidenceConversation(this IServiceCollection services)
    {
        services.AddSingleton<EvidenceRecorder>();
        services.AddSingleton<ChatFileHandoff>();
        services.AddSingleton<IBotCommand, StoreChatFilesCommand>();
        services.TryAddSingleton<ConversationCards>();
        services.AddBackgroundWorkHandler<ChatFilesWorkHandler>();
        services.AddBackgroundWorkHandler<ChatFilesDiscardWorkHandler>();
        services.AddBackgroundWorkHandler<AttachFoundWorkHandler>();

        services.AddSingleton<GraphSignIn>();
        services.AddSingleton<SignInLinks>();
        services.AddSingleton<IActivityHandler, TokenExchangeInvokeHandler>();
        services.AddSingleton<IActivityHandler, VerifyStateInvokeHandler>();
        services.AddSingleton<IBotCommand, SignInCommand>();

        services.AddSingleton<FileSearchFlow>();
        services.AddSingleton<IBotCommand, SearchFilesCommand>();
        services.AddSingleton<IBotCommand, AttachFoundFilesCommand>();
        services.AddSingleton<Sources.ClaimSourceChecks>();
        return services;
    }
}
