namespace CoopAssistant.Bot.Conversation.Questions;

/// <summary>Verbs of the answer card's buttons.</summary>
public static class QuestionVerbs
{
    public const string Topic = "answer.topic";
    public const string Feedback = "answer.feedback";
}
