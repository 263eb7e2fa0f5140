using CoopAssistant.Claims.Localization;
using System.Globalization;
using System.Net;
using System.Text.Json;
using CoopAssistant.Bot.Localization;
using CoopAssistant.Claims.Results;
using CoopAssistant.Protocol.Connector;
using CoopAssistant.Protocol.Schema;
using CoopAssistant.Claims.Conversations;
using CoopAssistant.Claims.Rules;
using CoopAssistant.Scheduling.Dispatch;
using Microsoft.Extensions.Options;

using CoopAssistant.Bot.Operations;

namespace CoopAssistant.Bot.Reminders;

/// <summary>Sends reminder and digest cards to the recipient's 1:1 conversation (stored reference; created with
/// <c>POST v3/conversations</c> when only the user and tenant are known). The idempotency key travels in
/// <c>channelData.coopIdempotencyKey</c>. ConnectorClient retries 429/5xx (honouring Retry-After) and paces per conversation;
/// <see cref="TenantRateLimiter"/> paces per tenant.</summary>
public sealed class TeamsReminderSender(
    ConnectorClient connector,
    ServiceUrlTrust trust,
    IConversationReferenceStore conversations,
    IDigestChannelStore digestChannels,
    TenantRateLimiter tenantLimiter,
    ClaimClock clock,
    BotMetrics metrics,
    IOptions<ReminderSenderOptions> senderOptions) : IReminderSender, IFundAlertSender
{
    public const string IdempotencyKeyProperty = "coopIdempotencyKey";

    public async Task<Result<Done, SendFailure>> SendAsync(ReminderMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var reference = await conversations.FindAsync(message.TenantId, message.RecipientObjectId, cancellationToken);
        if (reference is null)
        {
            return new SendFailure(SendFailureKind.Unreachable, "NoConversationReference");
        }

        var culture = UserCulture.FromTag(reference.Locale);
        var card = ReminderCard.Create(message, clock.Today(clock.Zone(message.TenantId, reference.TimeZone)), culture);
        return Counted(await DeliverAsync(reference, message.IdempotencyKey, card, ReminderCard.Summary(message, culture), cancellationToken));
    }

    public async Task<Result<Done, SendFailure>> SendDigestAsync(DigestMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var reference = await conversations.FindAsync(message.TenantId, message.AdministratorObjectId, cancellationToken);
        if (reference is null)
        {
            return new SendFailure(SendFailureKind.Unreachable, "NoConversationReference");
        }

        var culture = UserCulture.FromTag(reference.Locale);
        var card = DigestCard.Create(message, clock.Today(clock.Zone(message.TenantId, reference.TimeZone)), culture);
        return Counted(await DeliverAsync(reference, message.IdempotencyKey, card, ReminderText.Get("DigestTitle", culture), cancellationToken));
    }

    public async Task<Result<Done, SendFailure>> SendChannelDigestAsync(DigestMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var channel = await digestChannels.FindAsync(message.TenantId, cancellationToken);
        if (channel is null)
        {
            return new SendFailure(SendFailureKind.Unreachable, "NoDigestChannel");
        }

        var culture = UserCulture.FromTag(channel.Locale);
        var card = DigestCard.Create(message, clock.Today(clock.Zone(message.TenantId, null)), culture);
        return Counted(await DeliverAsync(ChannelReference(channel), message.IdempotencyKey, card, ReminderText.Get("DigestTitle", culture), cancellationToken));
    }

    public async Task<Result<Done, SendFailure>> SendChannelFundAlertAsync(FundAlertMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var channel = await digestChannels.FindAsync(message.TenantId, cancellationToken);
        if (channel is null)
        {
            return new SendFailure(SendFailureKind.Unreachable, "NoDigestChannel");
        }

        var culture = UserCulture.FromTag(channel.Locale);
        var card = FundAlertCard.ForChannel(message, clock.Today(clock.Zone(message.TenantId, null)), culture, senderOptions.Value.DashboardLink);
        return Counted(await DeliverAsync(ChannelReference(channel), message.IdempotencyKey, card, FundAlertCard.Summary(message, culture), cancellationToken));
    }

    /// <summary>A channel's conversation exists already: delivered like a 1:1 reference whose conversation id is known.</summary>
    private static ConversationReferenceRecord ChannelReference(DigestChannelRecord channel) => new(
        channel.TenantId, channel.ChosenByObjectId, string.Empty, channel.ConversationId, channel.ServiceUrl, channel.BotId, channel.ChannelId,
        channel.Locale, null, channel.ChosenAt);

    public async Task<Result<Done, SendFailure>> SendFundAlertAsync(FundAlertMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var reference = await conversations.FindAsync(message.TenantId, message.AdministratorObjectId, cancellationToken);
        if (reference is null)
        {
            return new SendFailure(SendFailureKind.Unreachable, "NoConversationReference");
        }

        var culture = UserCulture.FromTag(reference.Locale);
        var card = FundAlertCard.Create(message, clock.Today(clock.Zone(message.TenantId, reference.TimeZone)), culture, senderOptions.Value.DashboardLink);
        return Counted(await DeliverAsync(reference, message.IdempotencyKey, card, FundAlertCard.Summary(message, culture), cancellationToken));
    }

    private Result<Done, SendFailure> Counted(Result<Done, SendFailure> result)
    {
        metrics.Reminder(SendFailure.NameOf(result));
        return result;
    }

    /// <param name="summary">What Teams may show in a notification or the activity feed: the card's localised title, never the
    /// internal idempotency <paramref name="key"/> (which travels in channelData only).</param>
    private async Task<Result<Done, SendFailure>> DeliverAsync(ConversationReferenceRecord reference, string key, Cards.AdaptiveCard card, string summary, CancellationToken cancellationToken)
    {
        trust.Trust(reference.ServiceUrl);
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Attachments = [new Attachment { ContentType = Cards.AdaptiveCard.ContentType, Content = card.ToJsonElement() }],
            ChannelData = JsonSerializer.SerializeToElement(
                new Dictionary<string, string> { [IdempotencyKeyProperty] = key }, ReminderJsonContext.Default.DictionaryStringString),
            Summary = summary,
        };
        try
        {
            await tenantLimiter.WaitAsync(reference.TenantId, cancellationToken);
            var conversationId = reference.ConversationId;
            if (string.IsNullOrEmpty(conversationId))
            {
                var created = await connector.CreateConversationAsync(reference.ServiceUrl, new ConversationParameters
                {
                    IsGroup = false,
                    Bot = new ChannelAccount { Id = reference.BotId },
                    Members = [new ChannelAccount { Id = reference.UserId }],
                    TenantId = reference.TenantId,
                    ChannelData = JsonSerializer.SerializeToElement(
                        new Dictionary<string, Dictionary<string, string>> { ["tenant"] = new() { ["id"] = reference.TenantId } },
                        ReminderJsonContext.Default.DictionaryStringDictionaryStringString),
                }, cancellationToken);
                conversationId = created?.Id;
                if (string.IsNullOrEmpty(conversationId))
                {
                    return new SendFailure(SendFailureKind.Failed, "CreateConversationReturnedNoId");
                }

                await conversations.UpsertAsync(reference with { ConversationId = conversationId, UpdatedAt = reference.UpdatedAt }, cancellationToken);
                await tenantLimiter.WaitAsync(reference.TenantId, cancellationToken);
            }

            await connector.SendToConversationAsync(reference.ServiceUrl, conversationId, activity, cancellationToken);
            return Done.Value;
        }
        catch (ConnectorException ex) when (ex.IsBlocked)
        {
            return new SendFailure(SendFailureKind.Blocked, ex.ErrorCode ?? "MessageWritesBlocked");
        }
        catch (ConnectorException ex) when (ex.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound)
        {
            return new SendFailure(SendFailureKind.Blocked, ex.ErrorCode ?? ((int)ex.StatusCode).ToString(CultureInfo.InvariantCulture));
        }
        catch (ConnectorException ex)
        {
            return new SendFailure(SendFailureKind.Failed, ex.ErrorCode ?? ((int)ex.StatusCode).ToString(CultureInfo.InvariantCulture));
        }
        catch (HttpRequestException ex)
        {
            return new SendFailure(SendFailureKind.Failed, ex.GetType().Name);
        }
    }
}
