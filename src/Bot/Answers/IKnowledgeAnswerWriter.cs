namespace CoopAssistant.Bot.Answers;

/// <summary>
/// Turns a retrieved answer into the text the user sees. The default keeps the quoted passage;
/// when an <c>IChatClient</c> is registered, a chat model writes the answer from the retrieved
/// passages only, citing them.
/// </summary>
public interface IKnowledgeAnswerWriter
{
    Task<KnowledgeAnswer> WriteAsync(string question, KnowledgeAnswer answer, CancellationToken cancellationToken);

    /// <summary>Whether <see cref="WriteAsync"/> would call a chat model for <paramref name="answer"/> (seconds, not milliseconds:
    /// the turn shows the typing indicator first).</summary>
    bool CallsModel(KnowledgeAnswer answer);
}
