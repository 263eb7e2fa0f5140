using System.Buffers;
using System.Diagnostics;
using Activity = CoopAssistant.Bot.Protocol.Schema.Activity;
using System.Net.Mime;
using System.Text.Json;
using CoopAssistant.Bot.Operations;
using CoopAssistant.Bot.Protocol.Authentication;
using CoopAssistant.Bot.Protocol.Connector;
using CoopAssistant.Bot.Protocol.Schema;
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
#pragma warning disable CA1031 // The shared de-duplication store is unreachable: nothing was done, the channel retries.
        catch (Exception exception) when (exception is not OperationCanceledException || !http.RequestAborted.IsCancellationRequested)
#pragma warning restore CA1031
        {
            LogDeduplicationUnavailable(logger, exception, activity.Id);
            http.Response.Headers.RetryAfter = "5";
            await WriteErrorAsync(http, StatusCodes.Status503ServiceUnavailable, "The bot's storage is unavailable; retry later.");
            return (activity.Type, activity.Name);
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
        try
        {
            var turn = new TurnContext(activity, connector, http.RequestServices, http.RequestAborted);
            response = await handler.HandleAsync(turn);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !http.RequestAborted.IsCancellationRequested)
        {
            LogTurnFailed(logger, exception, activity.Type, activity.Name);
            await deduplicator.ForgetAsync(activity.ChannelId, activity.Conversation.Id, activity.Id);
            await WriteErrorAsync(http, StatusCodes.Status500InternalServerError, "The turn failed; the channel may retry.");
            return (activity.Type, activity.Name);
        }

        await deduplicator.CompleteAsync(activity.ChannelId, activity.Conversation.Id, activity.Id);

        if (string.Equals(activity.Type, ActivityTypes.Invoke, StringComparison.OrdinalIgnoreCase))
        {
            response ??= new InvokeResponse(StatusCodes.Status200OK);
            http.Response.StatusCode = response.Status;
            if (response.Body is { } responseBody)
            {
                http.Response.ContentType = "application/json; charset=utf-8";
                await using var writer = new Utf8JsonWriter(http.Response.BodyWriter);
                responseBody.WriteTo(writer);
            }

            return (activity.Type, activity.Name);
        }

        http.Response.StatusCode = StatusCodes.Status200OK;
        return (activity.Type, activity.Name);
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

        var buffer = new ArrayBufferWriter<byte>(http.Request.ContentLength is { } length ? (int)Math.Max(length, 1) : 4096);
        try
        {
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Activity {ActivityId} is being processed by another instance; asked the channel to retry")]
    private static partial void LogInProgressElsewhere(ILogger logger, string? activityId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Activity {ActivityId} could not be checked for redelivery; answered 503")]
    private static partial void LogDeduplicationUnavailable(ILogger logger, Exception exception, string? activityId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Turn failed for {ActivityType} {InvokeName}")]
    private static partial void LogTurnFailed(ILogger logger, Exception exception, string? activityType, string? invokeName);
}
