using System.Globalization;
using CoopAssistant.Protocol.Schema;
using Activity = CoopAssistant.Protocol.Schema.Activity;

namespace CoopAssistant.Protocol.Adapter;

/// <summary>The adapter's step 5: running the handler, and what a failed turn answers.</summary>
public sealed partial class ActivityProcessor
{
    /// <summary>Step 5: runs the activity's handler. Handled is false when the turn failed (its error response is written and
    /// the activity forgotten, so the channel's retry is processed); a failed card action is handled, its response the app's
    /// error for the card (the channel does not redeliver an invoke; the user presses the button again).</summary>
    private async Task<(bool Handled, InvokeResponse? Response)> RouteAsync(HttpContext http, TurnContext turn, IActivityHandler handler)
    {
        var activity = turn.Activity;
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
}
