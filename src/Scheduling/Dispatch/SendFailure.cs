using CoopAssistant.Claims.Results;

namespace CoopAssistant.Scheduling.Dispatch;

/// <summary>Why a message was not sent: the error side of a send's <see cref="Result{TValue, TError}"/> (its value is <see cref="Done"/>).</summary>
public sealed record SendFailure(SendFailureKind Kind, string Reason)
{
    /// <summary>The send's outcome as logs and metrics name it: <c>Sent</c>, or the failure's kind.</summary>
    public static string NameOf(Result<Done, SendFailure> result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.IsOk ? "Sent" : result.Error.Kind.ToString();
    }
}

public enum SendFailureKind
{
    /// <summary>The user blocked or removed the bot (403 MessageWritesBlocked): stop this user's reminders.</summary>
    Blocked = 1,

    /// <summary>No way to reach the user yet (no conversation reference): try again much later.</summary>
    Unreachable = 2,

    /// <summary>A transient failure after the sender's own retries (429, 5xx, network): try again later.</summary>
    Failed = 3,
}
