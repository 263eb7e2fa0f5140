using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Claims.Conversations;
using CoopAssistant.Protocol.Connector;
using CoopAssistant.Protocol.Schema;

namespace CoopAssistant.Bot.Conversation.Colleagues;

/// <summary>
/// Sends a card to a person's 1:1 chat with the bot, proactively: their stored conversation reference, else a 1:1 conversation
/// created with <c>POST v3/conversations</c> — <c>bot</c>, <c>members</c> [the person by Entra object id], <c>tenantId</c> and
/// <c>channelData.tenant.id</c>, <c>isGroup</c> false — on the service URL of the person asking
/// (https://learn.microsoft.com/microsoftteams/platform/bots/how-to/conversations/send-proactive-messages#create-the-conversation).
/// Teams refuses to create it (403/404) when the app is not installed for the person.
/// </summary>
public sealed partial class ColleagueMessenger(
    ConnectorClient connector,
    ServiceUrlTrust trust,
    IConversationReferenceStore references,
    TimeProvider time,
    ColleagueAppInstall install,
    ILogger<ColleagueMessenger> logger)
{
    /// <summary>The person's language when known (their stored reference), else null.</summary>
    public async Task<string?> LocaleOfAsync(string tenantId, string objectId, CancellationToken cancellationToken) =>
        (await references.FindAsync(tenantId, objectId, cancellationToken))?.Locale;

    /// <summary>Delivers <paramref name="card"/>; <paramref name="via"/> is the asking person's reference (service URL and bot id
    /// for a conversation to create). The sent activity's id, or null when the person cannot be reached.</summary>
    public async Task<string?> SendAsync(string tenantId, string objectId, ConversationReferenceRecord via, AdaptiveCard card, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(via);
        ArgumentNullException.ThrowIfNull(card);
        try
        {
            var reference = await references.FindAsync(tenantId, objectId, cancellationToken);
            if (reference is null)
            {
                var created = await CreateConversationAsync(tenantId, objectId, via, cancellationToken);
                if (created?.Id is not { Length: > 0 } conversationId)
                {
                    return null;
                }

                reference = new ConversationReferenceRecord(
                    tenantId, objectId, objectId, conversationId, via.ServiceUrl, via.BotId, via.ChannelId, null, null, time.GetUtcNow());
                await references.UpsertAsync(reference, cancellationToken);
            }

            trust.Trust(reference.ServiceUrl);
            var sent = await connector.SendToConversationAsync(reference.ServiceUrl, reference.ConversationId, card.ToActivity(), cancellationToken);
            return sent?.Id ?? string.Empty;
        }
        catch (ConnectorException exception) when (exception.IsBlocked || exception.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound)
        {
            LogUnreachable(logger, ((int)exception.StatusCode).ToString(CultureInfo.InvariantCulture));
            return null;
        }
    }

    /// <summary>Creates the 1:1 conversation; when Teams refuses because the app is not installed for the person (403/404), installs
    /// it through Graph on behalf of the asker (<see cref="ColleagueAppInstall"/>) and tries once more.</summary>
    private async Task<ConversationResourceResponse?> CreateConversationAsync(string tenantId, string objectId, ConversationReferenceRecord via, CancellationToken cancellationToken)
    {
        try
        {
            return await CreateOnceAsync(tenantId, objectId, via, cancellationToken);
        }
        catch (ConnectorException exception) when (!exception.IsBlocked && exception.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound)
        {
            if (!await install.TryInstallAsync(via.TenantId, via.UserAadObjectId, objectId, cancellationToken))
            {
                throw;
            }
        }

        return await CreateOnceAsync(tenantId, objectId, via, cancellationToken);
    }

    private Task<ConversationResourceResponse?> CreateOnceAsync(string tenantId, string objectId, ConversationReferenceRecord via, CancellationToken cancellationToken) =>
        connector.CreateConversationAsync(via.ServiceUrl, new ConversationParameters
        {
            IsGroup = false,
            Bot = new ChannelAccount { Id = via.BotId },
            Members = [new ChannelAccount { Id = objectId, AadObjectId = objectId }],
            TenantId = tenantId,
            ChannelData = JsonSerializer.SerializeToElement(
                new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenantId } }, CardMessagesJsonContext.Default.JsonObject),
        }, cancellationToken);

    [LoggerMessage(Level = LogLevel.Information, Message = "A colleague could not be reached in their 1:1 chat ({Status})")]
    private static partial void LogUnreachable(ILogger logger, string status);
}
