namespace CoopAssistant.Scheduling.Dispatch;

/// <summary>Delivers a funds-at-risk card to one administrator (implemented by the bot). The idempotency key travels with it.</summary>
public interface IFundAlertSender
{
    Task<SendResult> SendFundAlertAsync(FundAlertMessage message, CancellationToken cancellationToken);
}
