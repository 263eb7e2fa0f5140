using CoopAssistant.Claims.Localization;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Protocol.Connector;
using CoopAssistant.Protocol.Schema;

namespace CoopAssistant.Bot.Conversation.Background;

/// <summary>
/// Cards sent and updated from background work, outside any turn: the Connector API with the address the work was queued
/// with. Progress updates are best effort (a failed one is logged and the work goes on); the final card is not.
/// </summary>
public sealed partial class ConversationCards(ConnectorClient connector, ServiceUrlTrust trust, ILogger<ConversationCards> logger)
{
    /// <summary>Sends <paramref name="card"/> as a new message; returns its activity id.</summary>
    public async Task<string?> SendAsync(ConversationAddress address, AdaptiveCard card, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(card);
        trust.Trust(address.ServiceUrl);
        var response = await connector.SendToConversationAsync(address.ServiceUrl, address.ConversationId, Message(address, card), cancellationToken);
        return response?.Id;
    }

    /// <summary>Replaces the message <paramref name="activityId"/> with <paramref name="card"/> (the card updated in place).</summary>
    public Task UpdateAsync(ConversationAddress address, string activityId, AdaptiveCard card, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(card);
        trust.Trust(address.ServiceUrl);
        var activity = Message(address, card);
        activity.Id = activityId;
        return connector.UpdateActivityAsync(address.ServiceUrl, address.ConversationId, activityId, activity, cancellationToken);
    }

    /// <summary>The final answer: replaces <paramref name="activityId"/> when there is one (a new message if that fails), else a new message.</summary>
    public async Task ShowAsync(ConversationAddress address, string? activityId, AdaptiveCard card, CancellationToken cancellationToken)
    {
        if (activityId is { Length: > 0 })
        {
            try
            {
                await UpdateAsync(address, activityId, card, cancellationToken);
                return;
            }
            catch (ConnectorException exception) when (!exception.IsBlocked)
            {
                LogUpdateFailed(logger, exception, (int)exception.StatusCode);
            }
        }

        await SendAsync(address, card, cancellationToken);
    }

    /// <summary>A progress update: best effort, never the work's failure.</summary>
    public async Task ProgressAsync(ConversationAddress address, string? activityId, AdaptiveCard card, CancellationToken cancellationToken)
    {
        if (activityId is not { Length: > 0 })
        {
            return;
        }

        try
        {
            await UpdateAsync(address, activityId, card, cancellationToken);
        }
        catch (Exception exception) when (exception is ConnectorException or HttpRequestException)
        {
            LogProgressNotShown(logger, exception);
        }
    }

    private static Activity Message(ConversationAddress address, AdaptiveCard card)
    {
        var activity = card.ToActivity();
        activity.ChannelId = address.ChannelId;
        activity.ServiceUrl = address.ServiceUrl;
        activity.Conversation = new ConversationAccount { Id = address.ConversationId, ConversationType = "personal", TenantId = address.TenantId };
        activity.From = address.BotId is { } bot ? new ChannelAccount { Id = bot } : null;
        activity.Recipient = new ChannelAccount { Id = address.UserId, AadObjectId = address.UserObjectId };
        activity.Locale = UserCulture.FromTag(address.Locale).Name;
        return activity;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A card could not be updated in place (HTTP {Status}); it is sent as a new message")]
    private static partial void LogUpdateFailed(ILogger logger, Exception exception, int status);

    [LoggerMessage(Level = LogLevel.Information, Message = "A progress update was not shown; the work goes on")]
    private static partial void LogProgressNotShown(ILogger logger, Exception exception);
}
