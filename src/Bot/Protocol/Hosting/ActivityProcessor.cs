using System.Buffers;
using System.Diagnostics;
using Activity = CoopAssistant.Bot.Protocol.Schema.Activity;
using System.Net.Mime;
using System.Text.Json;
using CoopAssistant.Bot.Operations;
using CoopAssistant.Bot.Protocol.Authentication;
using CoopAssistant.Bot.Protocol.Connector;
using CoopAssistant.Bot.Protocol.Schema;
using CoopAssistant.Claims.Storage;
using CoopAssistant.Claims.ScaleOut;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace CoopAssistant.Bot.Protocol.Hosting;

/// <summary>
/// The adapter: <c>POST /api/messages</c> → authenticate → read a bounded body → parse → channel
/// checks → de-duplicate → route → answer (invoke responses in the HTTP body, messages through the Connector).
/// </summary>
public sealed partial class ActivityProcessor(
    ActivityRouter router,
    ActivityDeduplicator deduplicator,
    ServiceUrlTrust trust,
    ConnectorClient connector,
    ITurnFailureNotifier failureNotifier,
    IOptions<BotOptions> bot,
    IOptions<BotFrameworkOptions> framework,
    BotMetrics metrics,
    ILogger<ActivityProcessor> logger)
{
    public async Task ProcessAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var started = Stopwatch.GetTimestamp();
        using var span = BotMetrics.Traces.StartActivity("bot.turn", ActivityKind.Server);
        var (type, name) = await ProcessCoreAsync(http);
        metrics.Turn(type, http.Response.StatusCode, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        span?.SetTag("activity.type", type);
        span?.SetTag("activity.name", name);
    }

    /// <summary>Processes the request; returns the activity's type and name once known (for telemetry).</summary>
    private async Task<(string? Type, string? Name)> ProcessCoreAsync(HttpContext http)
    {
        var authenticated = bot.Value.IsLocalMode ? null : await http.AuthenticateAsync(BotAuthenticationDefaults.Scheme);
        if (authenticated is { Succeeded: false })
        {
            LogRefused(logger, StatusCodes.Status401Unauthorized, authenticated.Failure?.Message ?? "no bearer token");
            await WriteErrorAsync(http, StatusCodes.Status401Unauthorized, "Unauthorized: a valid Bot Framework token is required.");
            return (null, null);
        }

        if (!IsJson(http.Request.ContentType))
        {
            await WriteErrorAsync(http, StatusCodes.Status415UnsupportedMediaType, "The body must be application/json.");
            return (null, null);
        }

        var body = await ReadBodyAsync(http, framework.Value.MaxActivityBytes);
        if (body is null)
        {
            await WriteErrorAsync(http, StatusCodes.Status413PayloadTooLarge, $"The activity is larger than {framework.Value.MaxActivityBytes} bytes.");
            return (null, null);
        }

        var activity = Parse(body);
        if (activity?.Type is not { Length: > 0 } || activity.ServiceUrl is not { Length: > 0 } || activity.Conversation?.Id is not { Length: > 0 })
        {
            await WriteErrorAsync(http, StatusCodes.Status400BadRequest, "The body is not an activity: type, serviceUrl and conversation.id are required.");
            return (activity?.Type, activity?.Name);
        }

        if (activity.Conversation.TenantId is { Length: > 0 } conversationTenant && activity.TenantId is { } channelTenant
            && !string.Equals(conversationTenant, channelTenant, StringComparison.OrdinalIgnoreCase))
        {
            LogRefused(logger, StatusCodes.Status400BadRequest, "conversation.tenantId and channelData.tenant.id disagree");
            await WriteErrorAsync(http, StatusCodes.Status400BadRequest, "conversation.tenantId and channelData.tenant.id name different tenants.");
            return (activity.Type, activity.Name);
        }

        if (!ServiceUrlTrust.IsWellFormed(activity.ServiceUrl))
        {
            LogRefused(logger, StatusCodes.Status400BadRequest, "serviceUrl is not an absolute https URL");
            await WriteErrorAsync(http, StatusCodes.Status400BadRequest, "serviceUrl must be an absolute https URL without user info, query or fragment.");
            return (activity.Type, activity.Name);
        }

        if (authenticated?.Principal is { } principal)
        {
            var refusal = ChannelChecks.Verify(principal, activity);
            if (refusal is { } problem)
            {
                LogRefused(logger, problem.Status, problem.Message);
                await WriteErrorAsync(http, problem.Status, problem.Message);
                return (activity.Type, activity.Name);
            }

            trust.Trust(activity.ServiceUrl);
        }
        else if (!trust.IsTrusted(activity.ServiceUrl))
        {
            await WriteErrorAsync(http, StatusCodes.Status400BadRequest, "Local mode only talks to a channel on this machine (loopback serviceUrl).");
            return (activity.Type, activity.Name);
        }

        ActivityClaim claim;
        try
        {
            claim = await deduplicator.TryBeginAsync(activity.ChannelId, activity.Conversation.Id, activity.Id, http.RequestAborted);
        }
        catch (Exception exception) when (StorageFailure.Classify(exception) != StorageFailureKind.None)
        {
            // The shared de-duplication table is unreachable: the turn runs anyway (help and answers need no database; a
            // turn that does fails with the "try again" card and a 503, so the channel retries it once storage is back).
            LogDeduplicationUnavailable(logger, exception, activity.Id);
            claim = ActivityClaim.Begun;
        }

        switch (claim)
        {
            case ActivityClaim.Done:
                LogDuplicate(logger, activity.Id);
                http.Response.StatusCode = StatusCodes.Status200OK;
                return (activity.Type, activity.Name);
            case ActivityClaim.InProgress:
                // Another host has it: if that host dies, a later retry takes it over once its lease has passed.
                LogInProgressElsewhere(logger, activity.Id);
                http.Response.Headers.RetryAfter = "1";
                await WriteErrorAsync(http, StatusCodes.Status503ServiceUnavailable, "This activity is being processed by another instance; retry later.");
                return (activity.Type, activity.Name);
        }

        var handler = router.Find(activity);
        if (handler is null)
        {
            await deduplicator.CompleteAsync(activity.ChannelId, activity.Conversation.Id, activity.Id);
            http.Response.StatusCode = StatusCodes.Status200OK;
            return (activity.Type, activity.Name);
        }

        InvokeResponse? response;
        var turn = new TurnContext(activity, connector, http.RequestServices, http.RequestAborted);
        try
        {
            response = await handler.HandleAsync(turn);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !http.RequestAborted.IsCancellationRequested)
        {
            await deduplicator.ForgetAsync(activity.ChannelId, activity.Conversation.Id, activity.Id);
            var storage = StorageFailure.Classify(exception);
            if (IsCardAction(activity))
            {
                // Teams shows the message of an error answer on the card; a 500/503 shows only its generic error, and the
                // channel does not redeliver an invoke. Nothing was changed, so the user can simply press the button again.
                switch (storage)
                {
                    case StorageFailureKind.Full:
                        LogCardActionStorageFull(logger, exception);
                        break;
                    case StorageFailureKind.Unavailable:
                        LogCardActionStorageUnavailable(logger, exception.GetType().Name);
                        break;
                    default:
                        LogCardActionFailed(logger, exception);
                        break;
                }

                await WriteInvokeResponseAsync(http, failureNotifier.CardActionFailed(turn, storage));
                return (activity.Type, activity.Name);
            }

            if (storage == StorageFailureKind.None)
            {
                LogTurnFailed(logger, exception, activity.Type, activity.Name);
                await WriteErrorAsync(http, StatusCodes.Status500InternalServerError, "The turn failed; the channel may retry.");
                return (activity.Type, activity.Name);
            }

            await AnswerStorageFailureAsync(http, turn, storage, exception);
            return (activity.Type, activity.Name);
        }

        await deduplicator.CompleteAsync(activity.ChannelId, activity.Conversation.Id, activity.Id);

        if (string.Equals(activity.Type, ActivityTypes.Invoke, StringComparison.OrdinalIgnoreCase))
        {
            await WriteInvokeResponseAsync(http, response ?? new InvokeResponse(StatusCodes.Status200OK));
            return (activity.Type, activity.Name);
        }

        http.Response.StatusCode = StatusCodes.Status200OK;
        return (activity.Type, activity.Name);
    }

    /// <summary>
    /// Storage out of reach or full: 503 with Retry-After so the channel redelivers (the de-duplicator has forgotten the
    /// activity), and for a user's message or card action one "nothing changed, try again" card, sent once per activity
    /// however often the channel retries. Exception text is logged, never shown.
    /// </summary>
    private async Task AnswerStorageFailureAsync(HttpContext http, TurnContext turn, StorageFailureKind storage, Exception exception)
    {
        var activity = turn.Activity;
        if (storage == StorageFailureKind.Full)
        {
            LogStorageFull(logger, exception, activity.Type, activity.Name);
        }
        else
        {
            LogStorageUnavailable(logger, exception.GetType().Name, activity.Type, activity.Name);
        }

        var userTurn = string.Equals(activity.Type, ActivityTypes.Message, StringComparison.OrdinalIgnoreCase)
            || string.Equals(activity.Type, ActivityTypes.Invoke, StringComparison.OrdinalIgnoreCase);
        if (userTurn && deduplicator.TryBeginFailureNotice(activity.ChannelId, activity.Conversation?.Id, activity.Id))
        {
            try
            {
                await failureNotifier.NotifyAsync(turn, storage);
            }
            catch (Exception notice) when (notice is not OperationCanceledException || !http.RequestAborted.IsCancellationRequested)
            {
                deduplicator.ForgetFailureNotice(activity.ChannelId, activity.Conversation?.Id, activity.Id);
                LogNoticeFailed(logger, notice);
            }
        }

        http.Response.Headers.RetryAfter = StorageRetryAfterSeconds;
        await WriteErrorAsync(
            http,
            StatusCodes.Status503ServiceUnavailable,
            storage == StorageFailureKind.Full ? "Storage is full; nothing was changed. Retry later." : "Storage is unavailable; nothing was changed. Retry later.");
    }

    private const string StorageRetryAfterSeconds = "5";

    private static bool IsCardAction(Activity activity) =>
        string.Equals(activity.Type, ActivityTypes.Invoke, StringComparison.OrdinalIgnoreCase)
        && string.Equals(activity.Name, InvokeNames.AdaptiveCardAction, StringComparison.OrdinalIgnoreCase);

    private static async Task WriteInvokeResponseAsync(HttpContext http, InvokeResponse response)
    {
        http.Response.StatusCode = response.Status;
        if (response.Body is { } responseBody)
        {
            http.Response.ContentType = "application/json; charset=utf-8";
            await using var writer = new Utf8JsonWriter(http.Response.BodyWriter);
            responseBody.WriteTo(writer);
        }
    }

    private static Activity? Parse(byte[] body)
    {
        try
        {
            return JsonSerializer.Deserialize(body, ProtocolJsonContext.Default.Activity);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static bool IsJson(string? contentType) =>
        contentType is not null
        && (contentType.StartsWith(MediaTypeNames.Application.Json, StringComparison.OrdinalIgnoreCase)
            || contentType.Contains("+json", StringComparison.OrdinalIgnoreCase));

    /// <summary>Reads at most <paramref name="limit"/> bytes; null when the body is larger.</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpContext http, int limit)
    {
        if (http.Request.ContentLength > limit)
        {
            return null;
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit + 1L;
        }

        try
        {
            if (http.Request.ContentLength is { } length)
            {
                // The usual case: read exactly the announced bytes into one array (a longer body is refused by Kestrel).
                var exact = new byte[length];
                var filled = 0;
                while (filled < exact.Length)
                {
                    var read = await http.Request.Body.ReadAsync(exact.AsMemory(filled), http.RequestAborted);
                    if (read == 0)
                    {
                        return exact[..filled];
                    }

                    filled += read;
                }

                return exact;
            }

            var buffer = new ArrayBufferWriter<byte>(4096);
            while (true)
            {
                var read = await http.Request.Body.ReadAsync(buffer.GetMemory(4096), http.RequestAborted);
                if (read == 0)
                {
                    return buffer.WrittenSpan.ToArray();
                }

                buffer.Advance(read);
                if (buffer.WrittenCount > limit)
                {
                    return null;
                }
            }
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }
    }

    private static Task WriteErrorAsync(HttpContext http, int status, string message)
    {
        http.Response.StatusCode = status;
        return http.Response.WriteAsJsonAsync(new ErrorBody(new ErrorDetail(status.ToString(System.Globalization.CultureInfo.InvariantCulture), message)), ErrorJsonContext.Default.ErrorBody);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused an inbound activity with {Status}: {Reason}")]
    private static partial void LogRefused(ILogger logger, int status, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Dropped redelivered activity {ActivityId}")]
    private static partial void LogDuplicate(ILogger logger, string? activityId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The database is unavailable ({ExceptionType}): answered {ActivityType} {InvokeName} with 503 so the channel retries")]
    private static partial void LogStorageUnavailable(ILogger logger, string exceptionType, string? activityType, string? invokeName);

    [LoggerMessage(Level = LogLevel.Critical, Message = "The database's storage is full: {ActivityType} {InvokeName} changed nothing and was answered with 503; free disk space")]
    private static partial void LogStorageFull(ILogger logger, Exception exception, string? activityType, string? invokeName);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not send the storage-failure notice to the conversation")]
    private static partial void LogNoticeFailed(ILogger logger, Exception exception);
    [LoggerMessage(Level = LogLevel.Information, Message = "Activity {ActivityId} is being processed by another instance; asked the channel to retry")]
    private static partial void LogInProgressElsewhere(ILogger logger, string? activityId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Activity {ActivityId} could not be checked against the shared de-duplication table; processing it on this host")]
    private static partial void LogDeduplicationUnavailable(ILogger logger, Exception exception, string? activityId);

    [LoggerMessage(Level = LogLevel.Critical, Message = "The database's storage is full: a card action changed nothing and was answered with an error the card shows; free disk space")]
    private static partial void LogCardActionStorageFull(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The database is unavailable ({ExceptionType}): a card action changed nothing and was answered with an error the card shows")]
    private static partial void LogCardActionStorageUnavailable(ILogger logger, string exceptionType);

    [LoggerMessage(Level = LogLevel.Error, Message = "A card action failed; answered with an error the card shows")]
    private static partial void LogCardActionFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Turn failed for {ActivityType} {InvokeName}")]
    private static partial void LogTurnFailed(ILogger logger, Exception exception, string? activityType, string? invokeName);
}
