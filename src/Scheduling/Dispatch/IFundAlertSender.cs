using CoopAssistant.Claims.Results;

namespace CoopAssistant.Scheduling.Dispatch;

/// <summary>Delivers a funds-at-risk card to one administrator (implemented by the bot). The idempotency key travels with it.</summary>
public interface IFundAlertSender
{
    Task<Result<Done, SendFailure>> SendFundAlertAsync(FundAlertMessage message, CancellationToken cancellationToken);

    /// <summary>Posts the alert in the team channel or group chat an administrator chose for the tenant ("digest here"), with the
    /// fund's balances only: no claim, owner or person (the whole team reads it). <see cref="SendFailureKind.Unreachable"/> when none
    /// was chosen.</summary>
    Task<Result<Done, SendFailure>> SendChannelFundAlertAsync(FundAlertMessage message, CancellationToken cancellationToken);
}
