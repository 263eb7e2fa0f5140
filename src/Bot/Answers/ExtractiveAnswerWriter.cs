namespace CoopAssistant.Bot.Answers;

/// <summary>The default writer: the answer is the best passage, quoted as is.</summary>
internal sealed class ExtractiveAnswerWriter : IKnowledgeAnswerWriter
{
    public Task<KnowledgeAnswer> WriteAsync(string question, KnowledgeAnswer answer, CancellationToken cancellationToken) =>
        Task.FromResult(answer);

    public bool CallsModel(KnowledgeAnswer answer) => false;
}
