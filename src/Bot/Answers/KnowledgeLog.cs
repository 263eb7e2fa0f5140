using Microsoft.Extensions.Logging;

namespace CoopAssistant.Bot.Answers;

internal static partial class KnowledgeLog
{
    [LoggerMessage(EventId = 7001, Level = LogLevel.Information, Message = "Knowledge index built: {Articles} articles, {Passages} passages in {ElapsedMs:F1} ms")]
    public static partial void IndexBuilt(ILogger logger, int articles, int passages, double elapsedMs);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Warning, Message = "Chat model call ({Task}) failed with status {Status}; the ranking's answer is used instead")]
    public static partial void ModelFailed(ILogger logger, ModelTask task, int status, Exception exception);

    [LoggerMessage(EventId = 7008, Level = LogLevel.Warning, Message = "Chat model call ({Task}) took longer than {TimeoutMs:F0} ms; the ranking's answer is used instead")]
    public static partial void ModelTimedOut(ILogger logger, ModelTask task, double timeoutMs);

    [LoggerMessage(EventId = 7009, Level = LogLevel.Information, Message = "Chat model picked passage {Number} of {Candidates} ({ArticleId}) for a question the ranking did not answer")]
    public static partial void ModelPicked(ILogger logger, int number, int candidates, string articleId);

    [LoggerMessage(EventId = 7010, Level = LogLevel.Information, Message = "Chat model picked none of {Candidates} passages (a reply of {Length} characters that is not a number from 1 to {Candidates}); \"I don't know\" stays")]
    public static partial void ModelPickedNone(ILogger logger, int candidates, int length);

    [LoggerMessage(EventId = 7003, Level = LogLevel.Information, Message = "Sentence-embedding model loaded in {ElapsedMs:F1} ms")]
    public static partial void EmbedderLoaded(ILogger logger, double elapsedMs);

    [LoggerMessage(EventId = 7004, Level = LogLevel.Information, Message = "Passage vectors of {Language} computed: {Texts} texts in {ElapsedMs:F1} ms")]
    public static partial void PassagesEmbedded(ILogger logger, KnowledgeLanguage language, int texts, double elapsedMs);

    [LoggerMessage(EventId = 7005, Level = LogLevel.Warning, Message = "The sentence-embedding model cannot run here; questions are ranked by words only")]
    public static partial void MeaningUnavailable(ILogger logger, Exception exception);
}
