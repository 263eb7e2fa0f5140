namespace CoopAssistant.Bot.Conversation;

public static class ConversationExtensions
{
    /// <summary>The conversation: install and welcome, commands, card actions.</summary>
    public static IServiceCollection AddConversation(this IServiceCollection services) => services;
}
