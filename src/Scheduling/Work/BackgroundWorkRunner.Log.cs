using Microsoft.Extensions.Logging;

namespace CoopAssistant.Scheduling.Work;

public sealed partial class BackgroundWorkRunner
{
    [LoggerMessage(EventId = 6101, Level = LogLevel.Warning, Message = "Background work {Kind} {Id} failed on attempt {Attempt}; it will be retried")]
    private static partial void LogRunFailed(ILogger logger, Exception exception, string kind, Guid id, int attempt);

    [LoggerMessage(EventId = 6102, Level = LogLevel.Error, Message = "Background work {Kind} {Id} given up after {Attempts} attempts ({Reason})")]
    private static partial void LogGaveUp(ILogger logger, string kind, Guid id, int attempts, string reason);

    [LoggerMessage(EventId = 6103, Level = LogLevel.Warning, Message = "Background work {Kind} {Id} could not tell the user it was given up")]
    private static partial void LogGiveUpFailed(ILogger logger, Exception exception, string kind, Guid id);

    [LoggerMessage(EventId = 6104, Level = LogLevel.Information, Message = "Background work {Kind} {Id} interrupted (host stopping or lease lost); it resumes from its last checkpoint")]
    private static partial void LogInterrupted(ILogger logger, string kind, Guid id);

    [LoggerMessage(EventId = 6105, Level = LogLevel.Warning, Message = "The lease on background work {Id} was lost; the run stops")]
    private static partial void LogLeaseLost(ILogger logger, Guid id);

    [LoggerMessage(EventId = 6106, Level = LogLevel.Warning, Message = "Background work of unknown kind {Kind} ({Id}) left for another host")]
    private static partial void LogUnknownKind(ILogger logger, string kind, Guid id);

    [LoggerMessage(EventId = 6107, Level = LogLevel.Warning, Message = "The background work table is unreachable ({ExceptionType}); trying again at the next poll")]
    private static partial void LogStorageUnavailable(ILogger logger, string exceptionType);

    [LoggerMessage(EventId = 6108, Level = LogLevel.Information, Message = "{Count} finished background work rows deleted")]
    private static partial void LogPurged(ILogger logger, int count);

    [LoggerMessage(EventId = 6109, Level = LogLevel.Warning, Message = "Renewing the lease on background work {Id} failed ({ExceptionType}); trying again at the next renewal")]
    private static partial void LogRenewalFailed(ILogger logger, string exceptionType, Guid id);
}
