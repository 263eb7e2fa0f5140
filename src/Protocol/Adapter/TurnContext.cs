using System.Globalization;
using CoopAssistant.Protocol.Connector;
using CoopAssistant.Protocol.Schema;

namespace CoopAssistant.Protocol.Adapter;

/// <summary>One incoming activity and the means to answer it. Whatever else a handler needs, it is given by its constructor.</summary>
/// <param name="activity">The activity being answered.</param>
/// <param name="connector">The Connector client for the activity's service URL.</param>
/// <param name="culture">The culture the turn is answered in (the app's <see cref="ICultureResolver"/> chose it).</param>
/// <param name="logger">Where a failure the turn goes on after (the typing indicator) is logged.</param>
/// <param name="cancellationToken">Cancelled when the turn's request is aborted.</param>
public sealed class TurnContext(Activity activity, ConnectorClient connector, CultureInfo culture, ILogger logger, CancellationToken cancellationToken)
{
    public Activity Activity { get; } = activity;

    public ConnectorClient Connector { get; } = connector;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// <summary>The user's culture, as the app resolved it from the activity.</summary>
    public CultureInfo Culture { get; } = culture;

    /// <summary>Ids of the activities sent during this turn, in order.</summary>
    public IList<string> SentActivityIds { get; } = [];

    /// <summary>Sends an activity into this turn's conversation, as a reply to the incoming activity when it has an id.</summary>
    public async Task<string?> SendAsync(Activity reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var serviceUrl = Activity.ServiceUrl!;
        var conversationId = Activity.Conversation!.Id!;
        reply.Type ??= ActivityTypes.Message;
        reply.ChannelId ??= Activity.ChannelId;
        reply.ServiceUrl ??= serviceUrl;
        reply.Conversation ??= Activity.Conversation;
        reply.From ??= Activity.Recipient;
        reply.Recipient ??= Activity.From;
        reply.Locale ??= Culture.Name;

        var response = Activity.Id is { Length: > 0 } replyTo
            ? await Connector.ReplyToActivityAsync(serviceUrl, conversationId, replyTo, reply, CancellationToken)
            : await Connector.SendToConversationAsync(serviceUrl, conversationId, reply, CancellationToken);
        if (response?.Id is { } id)
        {
            SentActivityIds.Add(id);
        }

        return response?.Id;
    }

    /// <summary>Replaces an activity the bot sent earlier (a card updated in place).</summary>
    public Task UpdateAsync(string activityId, Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        activity.Type ??= ActivityTypes.Message;
        activity.Id = activityId;
        activity.Conversation ??= Activity.Conversation;
        activity.From ??= Activity.Recipient;
        activity.Recipient ??= Activity.From;
        return Connector.UpdateActivityAsync(Activity.ServiceUrl!, Activity.Conversation!.Id!, activityId, activity, CancellationToken);
    }

    /// <summary>
    /// Shows the typing indicator at once, before long work. Best effort: one attempt, no waiting for a send permit, and a
    /// failure is logged, never the turn's failure (the work and its answer matter, the indicator does not).
    /// </summary>
    public async Task SendTypingAsync()
    {
        var typing = new Activity
        {
            Type = ActivityTypes.Typing,
            ChannelId = Activity.ChannelId,
            ServiceUrl = Activity.ServiceUrl,
            Conversation = Activity.Conversation,
            From = Activity.Recipient,
            Recipient = Activity.From,
            Locale = Culture.Name,
        };
        try
        {
            await Connector.SendTypingAsync(Activity.ServiceUrl!, Activity.Conversation!.Id!, Activity.Id, typing, CancellationToken);
        }
        catch (Exception exception) when (exception is ConnectorException or HttpRequestException
            || (exception is OperationCanceledException && !CancellationToken.IsCancellationRequested))
        {
            TurnLog.TypingNotShown(logger, exception, Activity.Conversation!.Id!);
        }
    }
}

internal static partial class TurnLog
{
    [LoggerMessage(EventId = 7110, Level = LogLevel.Information, Message = "The typing indicator for conversation {ConversationId} was not shown; the turn goes on")]
    public static partial void TypingNotShown(ILogger logger, Exception exception, string conversationId);
}
