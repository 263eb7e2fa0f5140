using System.Globalization;
using Activity = CoopAssistant.Protocol.Schema.Activity;

namespace CoopAssistant.Protocol.Adapter;

/// <summary>The adapter's steps 3b and 4: the app's admission and de-duplication.</summary>
public sealed partial class ActivityProcessor
{
    /// <summary>Step 3b: the app's admission (its rate limits). False when refused: 429 with Retry-After written.</summary>
    private async Task<bool> AdmitAsync(HttpContext http, TurnContext turn)
    {
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
}
