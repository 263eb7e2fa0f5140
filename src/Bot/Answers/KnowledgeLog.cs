using Microsoft.Extensions.Logging;

namespace CoopAssistant.Bot.Answers;

internal static partial class KnowledgeLog
{
    [LoggerMessage(EventId = 7001, Level = LogLevel.Information, Message = "Knowledge index built: {Articles} articles, {Passages} passages in {ElapsedMs:F1} ms")]
    public static partial void IndexBuilt(ILogger logger, int articles, int passages, double elapsedMs);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Warning, Message = "Generative answer failed; the quoted passage is used instead")]
    public static partial void GenerationFailed(ILogger logger, Exception exception);
}
