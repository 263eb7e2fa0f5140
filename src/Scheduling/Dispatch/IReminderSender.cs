using CoopAssistant.Claims.Results;

namespace CoopAssistant.Scheduling.Dispatch;

/// <summary>Delivers reminder and digest cards (implemented by the bot: <c>CoopAssistant.Bot.Reminders</c>).
/// Implementations carry <see cref="ReminderMessage.IdempotencyKey"/> in the activity so a receiver can recognise a repeat.</summary>
public interface IReminderSender
{
    Task<Result<Done, SendFailure>> SendAsync(ReminderMessage message, CancellationToken cancellationToken);

    Task<Result<Done, SendFailure>> SendDigestAsync(DigestMessage message, CancellationToken cancellationToken);

    /// <summary>Posts the tenant's digest in the team channel or group chat an administrator chose for it ("digest here");
    /// <see cref="SendFailureKind.Unreachable"/> when none was chosen.</summary>
    Task<Result<Done, SendFailure>> SendChannelDigestAsync(DigestMessage message, CancellationToken cancellationToken);
}
