using CoopAssistant.Bot.Answers;
using CoopAssistant.Bot.Conversation.Commands;

namespace CoopAssistant.Bot.Conversation.Questions;

public static class QuestionsExtensions
{
    /// <summary>Questions about the rules: the knowledge base, the answerer for text that is no command, topic and feedback buttons.</summary>
    public static IServiceCollection AddQuestions(this IServiceCollection services)
    {
        services.AddKnowledgeBase();
        services.AddSingleton<ClaimQuestionAnswerer>();
        services.AddSingleton<MoneyQuestionAnswerer>();
        services.AddSingleton<IUnmatchedTextHandler, QuestionAnswerer>();
        services.AddSingleton<IBotCommand, TopicCommand>();
        services.AddSingleton<IBotCommand, FeedbackCommand>();
        return services;
    }
}
