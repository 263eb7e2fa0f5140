using System.Diagnostics;
using System.Globalization;
using CoopAssistant.Protocol.Authentication;
using CoopAssistant.Protocol.Connector;
using CoopAssistant.Protocol.Schema;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Activity = CoopAssistant.Protocol.Schema.Activity;

namespace CoopAssistant.Protocol.Adapter;

/// <summary>
/// The adapter: <c>POST /api/messages</c> → authenticate → read and parse → validate the channel → de-duplicate → route →
/// write the response (invoke responses in the HTTP body, messages through the Connector). Each step is one method below; a
/// step that refuses the request writes the error itself and the turn ends there.
/// </summary>
public sealed partial class ActivityProcessor(
    ActivityRouter router,
    ActivityDeduplicator deduplicator,
    ServiceUrlTrust trust,
    ChannelTokenCache tokens,
    ConnectorClient connector,
    ITurnFailurePolicy failures,
    ITurnAdmission admission,
    ICultureResolver cultures,
    IOptions<BotOptions> bot,
    IOptions<BotFrameworkOptions> framework,
    IOptions<ChannelAccessOptions> access,
    TurnTelemetry telemetry,
    ILogger<TurnContext> turnLogger,
    ILogger<ActivityProcessor> logger)
{
    public async Task ProcessAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var started = Stopwatch.GetTimestamp();
        using var span = TurnTelemetry.Traces.StartActivity("bot.turn", ActivityKind.Server);
        var activity = await ProcessCoreAsync(http);
        telemetry.Turn(activity?.Type, http.Response.StatusCode, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        span?.SetTag("activity.type", activity?.Type);
        span?.SetTag("activity.name", activity?.Name);
    }

    /// <summary>The steps in order; returns the activity once parsed (for telemetry).</summary>
    private async Task<Activity?> ProcessCoreAsync(HttpContext http)
    {
        var (principal, authenticated) = await AuthenticateAsync(http);
        if (!authenticated)
        {
            return null;
        }

        var (activity, readable) = await ReadActivityAsync(http);
        if (!readable || activity is null)
        {
            return activity;
        }

        if (ChannelChecks.Verify(activity, principal, trust, access.Value, bot.Value.IsLocalMode) is { } refusal)
        {
            await RefuseAsync(http, refusal);
            return activity;
        }

        if (!await AdmitAsync(http, activity))
        {
            return activity;
        }

        if (!await DeduplicateAsync(http, activity))
        {
            return activity;
        }

        var handler = router.Find(activity);
        if (handler is null)
        {
            await deduplicator.CompleteAsync(activity.ChannelId, activity.Conversation!.Id, activity.Id);
            http.Response.StatusCode = StatusCodes.Status200OK;
            return activity;
        }

        var (handled, response) = await RouteAsync(http, activity, handler);
        if (handled)
        {
            await ActivityWriter.WriteResponseAsync(http, activity, response);
        }

        return activity;
    }

    /// <summary>Step 1: the channel's bearer token (none in local mode): a token validated before is taken from the cache, any
    /// other goes through the authentication scheme (which keeps it when valid). False when refused (401 written).</summary>
    private async Task<(System.Security.Claims.ClaimsPrincipal? Principal, bool Authenticated)> AuthenticateAsync(HttpContext http)
    {
        if (bot.Value.IsLocalMode)
        {
            return (null, true);
        }

        if (await tokens.FindAsync(BearerToken(http.Request), http.RequestAborted) is { } known)
        {
            return (known, true);
        }

        var result = await http.AuthenticateAsync(BotAuthenticationDefaults.Scheme);
        if (result.Succeeded)
        {
            return (result.Principal, true);
        }

        await RefuseAsync(http, new ChannelChecks.Refusal(StatusCodes.Status401Unauthorized, "Unauthorized: a valid Bot Framework token is required."),
            result.Failure?.Message ?? "no bearer token");
        return (null, false);
    }

    /// <summary>The token as the JwtBearer handler reads it: after a case-insensitive <c>Bearer </c>, trimmed (empty when none).</summary>
    private static ReadOnlySpan<char> BearerToken(HttpRequest request)
    {
        var authorization = request.Headers.Authorization.ToString();
        return authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? authorization.AsSpan("Bearer ".Length).Trim() : [];
    }

    /// <summary>Step 2: a JSON body within the size limit that parses as an activity with type, serviceUrl and conversation id.
    /// Returns what was parsed; Readable is false on a refusal (written).</summary>
    private async Task<(Activity? Activity, bool Readable)> ReadActivityAsync(HttpContext http)
    {
        if (!ActivityReader.IsJson(http.Request.ContentType))
        {
            await RefuseAsync(http, new ChannelChecks.Refusal(StatusCodes.Status415UnsupportedMediaType, "The body must be application/json.", Logged: false));
            return (null, false);
        }

        var limit = framework.Value.MaxActivityBytes;
        var body = await ActivityReader.ReadBodyAsync(http, limit);
        if (body is null)
        {
            await RefuseAsync(http, new ChannelChecks.Refusal(StatusCodes.Status413PayloadTooLarge, $"The activity is larger than {limit} bytes.", Logged: false));
            return (null, false);
        }

        var activity = ActivityReader.Parse(body);
        if (activity?.Type is not { Length: > 0 } || activity.ServiceUrl is not { Length: > 0 } || activity.Conversation?.Id is not { Length: > 0 })
        {
            await RefuseAsync(http, new ChannelChecks.Refusal(StatusCodes.Status400BadRequest, "The body is not an activity: type, serviceUrl and conversation.id are required.", Logged: false));
            return (activity, false);
        }

        if (ActivityLimits.Violation(activity) is { } violation)
        {
            await RefuseAsync(http, new ChannelChecks.Refusal(StatusCodes.Status400BadRequest, violation, Logged: false));
            return (activity, false);
        }

        return (activity, true);
    }

    /// <summary>Step 3b: the app's admission (its rate limits). False when refused: 429 with Retry-After written.</summary>
    private async Task<bool> AdmitAsync(HttpContext http, Activity activity)
    {
        var turn = new TurnContext(activity, connector, cultures.Resolve(activity), turnLogger, http.RequestAborted);
        if (await admission.AdmitAsync(turn) is not { } refusal)
        {
            return true;
        }

        var seconds = Math.Max(1, (int)Math.Ceiling(refusal.RetryAfter.TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await RefuseAsync(http, new ChannelChecks.Refusal(StatusCodes.Status429TooManyRequests, refusal.Message, Logged: false));
        return false;
    }

    /// <summary>Step 4: true for a first delivery. A redelivery is acknowledged (200); one another host is processing gets 503 with
    /// Retry-After. A shared store out of reach does not stop the turn.</summary>
    private async Task<bool> DeduplicateAsync(HttpContext http, Activity activity)
    {
        ActivityClaim claim;
        try
        {
            claim = await deduplicator.TryBeginAsync(activity.ChannelId, activity.Conversation!.Id, activity.Id, http.RequestAborted);
        }
        catch (Exception exception) when (failures.Recognize(exception) is not null)
        {
            // The shared de-duplication store is unreachable: the turn runs anyway (help and answers need no database; a
            // turn that does fails with the "try again" card and a 503, so the channel retries it once storage is back).
            LogDeduplicationUnavailable(logger, exception, activity.Id);
            return true;
        }

        switch (claim)
        {
            case ActivityClaim.Done:
                LogDuplicate(logger, activity.Id);
                http.Response.StatusCode = StatusCodes.Status200OK;
                return false;
            case ActivityClaim.InProgress:
                // Another host has it: if that host dies, a later retry takes it over once its lease has passed.
                LogInProgressElsewhere(logger, activity.Id);
                http.Response.Headers.RetryAfter = "1";
                await RefuseAsync(http, new ChannelChecks.Refusal(StatusCodes.Status503ServiceUnavailable, "This activity is being processed by another instance; retry later.", Logged: false));
                return false;
            default:
                return true;
        }
    }

    /// <summary>Step 5: runs the activity's handler. Handled is false when the turn failed (its error response is written and
    /// the activity forgotten, so the channel's retry is processed); a failed card action is handled, its response the app's
    /// error for the card (the channel does not redeliver an invoke; the user presses the button again).</summary>
    private async Task<(bool Handled, InvokeResponse? Response)> RouteAsync(HttpContext http, Activity activity, IActivityHandler handler)
    {
        var turn = new TurnContext(activity, connector, cultures.Resolve(activity), turnLogger, http.RequestAborted);
        try
        {
            var response = await handler.HandleAsync(turn);
            await deduplicator.CompleteAsync(activity.ChannelId, activity.Conversation!.Id, activity.Id);
            return (true, response);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !http.RequestAborted.IsCancellationRequested)
        {
            await deduplicator.ForgetAsync(activity.ChannelId, activity.Conversation!.Id, activity.Id);
            var failure = failures.Recognize(exception);
            if (IsCardAction(activity))
            {
                LogCardActionFailure(logger, failure, exception, activity.Name);
                return (true, failures.CardActionFailed(turn, failure));
            }

            if (failure is not null)
            {
                await AnswerPassingFailureAsync(http, turn, failure, exception);
            }
            else
            {
                LogTurnFailed(logger, exception, activity.Type, activity.Name);
                await RefuseAsync(http, new ChannelChecks.Refusal(StatusCodes.Status500InternalServerError, "The turn failed; the channel may retry.", Logged: false));
            }

            return (false, null);
        }
    }

    /// <summary>
    /// A failure the app calls passing (its storage out of reach or full): 503 with Retry-After so the channel redelivers (the
    /// de-duplicator has forgotten the activity), and for a user's message or card action the app's notice, sent once per
    /// activity however often the channel retries. Exception text is logged, never shown.
    /// </summary>
    private async Task AnswerPassingFailureAsync(HttpContext http, TurnContext turn, TurnFailure failure, Exception exception)
    {
        var activity = turn.Activity;
        LogPassingFailure(logger, failure.Severity, failure.Severity >= LogLevel.Error ? exception : null, failure.Reason, activity.Type, activity.Name);
        var userTurn = string.Equals(activity.Type, ActivityTypes.Message, StringComparison.OrdinalIgnoreCase)
            || string.Equals(activity.Type, ActivityTypes.Invoke, StringComparison.OrdinalIgnoreCase);
        if (userTurn && deduplicator.TryBeginFailureNotice(activity.ChannelId, activity.Conversation?.Id, activity.Id))
        {
            try
            {
                await failures.NotifyAsync(turn, failure);
            }
            catch (Exception notice) when (notice is not OperationCanceledException || !http.RequestAborted.IsCancellationRequested)
            {
                deduplicator.ForgetFailureNotice(activity.ChannelId, activity.Conversation?.Id, activity.Id);
                LogNoticeFailed(logger, notice);
            }
        }

        http.Response.Headers.RetryAfter = ((int)Math.Ceiling(failure.RetryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        await RefuseAsync(http, new ChannelChecks.Refusal(StatusCodes.Status503ServiceUnavailable, failure.Message, Logged: false));
    }

    private static bool IsCardAction(Activity activity) =>
        string.Equals(activity.Type, ActivityTypes.Invoke, StringComparison.OrdinalIgnoreCase)
        && string.Equals(activity.Name, InvokeNames.AdaptiveCardAction, StringComparison.OrdinalIgnoreCase);

    /// <summary>Writes the Bot Framework's error shape with the refusal's status (and logs it when it is worth a warning).</summary>
    private Task RefuseAsync(HttpContext http, ChannelChecks.Refusal refusal, string? reason = null)
    {
        if (refusal.Logged)
        {
            LogRefused(logger, refusal.Status, reason ?? refusal.Message);
        }

        return ActivityWriter.WriteErrorAsync(http, refusal.Status, refusal.Message);
    }
}
