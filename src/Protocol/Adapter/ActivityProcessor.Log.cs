namespace CoopAssistant.Protocol.Adapter;

/// <summary>The adapter's log lines.</summary>
public sealed partial class ActivityProcessor
{
    /// <summary>A failed card action's log line: as loud as the passing failure says (its exception from Error up), an
    /// unexpected failure as an error with its exception.</summary>
    private static void LogCardActionFailure(ILogger logger, TurnFailure? failure, Exception exception, string? invokeName)
    {
        if (failure is null)
        {
            LogCardActionFailed(logger, exception, invokeName);
            return;
        }

        LogCardActionPassingFailure(logger, failure.Severity, failure.Severity >= LogLevel.Error ? exception : null, failure.Reason, invokeName);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused an inbound activity with {Status}: {Reason}")]
    private static partial void LogRefused(ILogger logger, int status, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Dropped redelivered activity {ActivityId}")]
    private static partial void LogDuplicate(ILogger logger, string? activityId);

    [LoggerMessage(Message = "{Reason}: {ActivityType} {InvokeName} changed nothing and was answered with 503 so the channel retries")]
    private static partial void LogPassingFailure(ILogger logger, LogLevel level, Exception? exception, string reason, string? activityType, string? invokeName);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not send the failure notice to the conversation")]
    private static partial void LogNoticeFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Activity {ActivityId} is being processed by another instance; asked the channel to retry")]
    private static partial void LogInProgressElsewhere(ILogger logger, string? activityId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Activity {ActivityId} could not be checked against the shared de-duplication table; processing it on this host")]
    private static partial void LogDeduplicationUnavailable(ILogger logger, Exception exception, string? activityId);

    [LoggerMessage(Message = "{Reason}: card action {InvokeName} changed nothing and was answered with an error the card shows")]
    private static partial void LogCardActionPassingFailure(ILogger logger, LogLevel level, Exception? exception, string reason, string? invokeName);

    [LoggerMessage(Level = LogLevel.Error, Message = "Card action {InvokeName} failed; answered with an error the card shows")]
    private static partial void LogCardActionFailed(ILogger logger, Exception exception, string? invokeName);

    [LoggerMessage(Level = LogLevel.Error, Message = "Turn failed for {ActivityType} {InvokeName}")]
    private static partial void LogTurnFailed(ILogger logger, Exception exception, string? activityType, string? invokeName);
}
