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
/// write the response (invoke responses in the HTTP body, messages through the Connector). Each step is one method, in the
/// step's file (ActivityProcessor.Authenticate, .Read, .Admit, .Route); a step that refuses the request writes the error
/// itself and the turn ends there.
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

        // One turn context for the admission and the handler (and one culture resolution).
        var turn = new TurnContext(activity, connector, cultures.Resolve(activity), turnLogger, http.RequestAborted);
        if (!await AdmitAsync(http, turn))
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

        var (handled, response) = await RouteAsync(http, turn, handler);
        if (handled)
        {
            await ActivityWriter.WriteResponseAsync(http, activity, response);
        }

        return activity;
    }

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
