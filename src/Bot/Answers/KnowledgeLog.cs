using Microsoft.Extensions.Logging;

namespace CoopAssistant.Bot.Answers;

internal static partial class KnowledgeLog
{
    [LoggerMessage(EventId = 7001, Level = LogLevel.Information, Message = "Knowledge index built: {Articles} articles, {Passages} passages in {ElapsedMs:F1} ms")]
    public static partial void IndexBuilt(ILogger logger, int articles, int passages, double elapsedMs);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Warning, Message = "Generative answer failed; the quoted passage is used instead")]
    public static partial void GenerationFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 7003, Level = LogLevel.Information, Message = "Sentence-embedding model loaded in {ElapsedMs:F1} ms")]
    public static partial void EmbedderLoaded(ILogger logger, double elapsedMs);

    [LoggerMessage(EventId = 7004, Level = LogLevel.Information, Message = "Passage vectors of {Language} computed: {Texts} texts in {ElapsedMs:F1} ms")]
    public static partial void PassagesEmbedded(ILogger logger, KnowledgeLanguage language, int texts, double elapsedMs);

    [LoggerMessage(EventId = 7005, Level = LogLevel.Warning, Message = "The sentence-embedding model cannot run here; questions are ranked by words only")]
    public static partial void MeaningUnavailable(ILogger logger, Exception exception);
}
