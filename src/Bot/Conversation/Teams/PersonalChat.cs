using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Claims.Conversations;
using CoopAssistant.Protocol.Adapter;
using CoopAssistant.Protocol.Connector;
using CoopAssistant.Protocol.Schema;

namespace CoopAssistant.Bot.Conversation.Teams;

/// <summary>
/// Delivers a personal answer to the person's 1:1 chat with the bot when they asked in a group chat or channel: the stored
/// conversation reference, else a 1:1 conversation created with <c>POST v3/conversations</c> (<c>members</c> the user,
/// <c>channelData.tenant.id</c>; https://learn.microsoft.com/microsoftteams/platform/bots/how-to/conversations/send-proactive-messages).
/// </summary>
public sealed partial class PersonalChat(ConnectorClient connector, ServiceUrlTrust trust, IConversationReferenceStore references, TimeProvider time, ILogger<PersonalChat> logger)
{
    /// <summary>True when the card reached the person's 1:1 chat.</summary>
    public async Task<bool> SendAsync(TurnContext turn, AdaptiveCard card)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(card);
        var activity = turn.Activity;
        var tenant = activity.TenantId;
        var user = activity.From;
        if (tenant is null || user?.Id is null || user.AadObjectId is null || activity.Recipient?.Id is null)
        {
            return false;
        }

        try
        {
            var reference = await references.FindAsync(tenant, user.AadObjectId, turn.CancellationToken);
            if (reference is null)
            {
                var created = await connector.CreateConversationAsync(activity.ServiceUrl!, new ConversationParameters
                {
                    IsGroup = false,
                    Bot = new ChannelAccount { Id = activity.Recipient.Id },
                    Members = [new ChannelAccount { Id = user.Id }],
                    TenantId = tenant,
                    ChannelData = JsonSerializer.SerializeToElement(
                        new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenant } }, CardMessagesJsonContext.Default.JsonObject),
                }, turn.CancellationToken);
                if (created?.Id is not { Length: > 0 } conversationId)
                {
                    return false;
                }

                reference = new ConversationReferenceRecord(
                    tenant, user.AadObjectId, user.Id, conversationId, activity.ServiceUrl!, activity.Recipient.Id, activity.ChannelId ?? "msteams",
                    activity.Locale, activity.LocalTimezone, time.GetUtcNow());
                await references.UpsertAsync(reference, turn.CancellationToken);
            }

            trust.Trust(reference.ServiceUrl);
            var message = card.ToActivity();
            message.Locale = turn.Culture.Name;
            await connector.SendToConversationAsync(reference.ServiceUrl, reference.ConversationId, message, turn.CancellationToken);
            return true;
        }
        catch (ConnectorException exception) when (exception.IsBlocked || exception.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound)
        {
            LogUnreachable(logger, ((int)exception.StatusCode).ToString(CultureInfo.InvariantCulture));
            return false;
        }
    }

    [LoggerMessage(EventId = 7410, Level = LogLevel.Information, Message = "A personal answer asked for in a shared conversation could not reach the 1:1 chat ({Status})")]
    private static partial void LogUnreachable(ILogger logger, string status);
}
