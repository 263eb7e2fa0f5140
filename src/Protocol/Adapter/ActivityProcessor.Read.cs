using Activity = CoopAssistant.Protocol.Schema.Activity;

namespace CoopAssistant.Protocol.Adapter;

/// <summary>The adapter's step 2: reading and parsing the activity.</summary>
public sealed partial class ActivityProcessor
{
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
        var (tooLarge, activity) = await ActivityReader.ReadAsync(http, limit);
        if (tooLarge)
        {
            await RefuseAsync(http, new ChannelChecks.Refusal(StatusCodes.Status413PayloadTooLarge, $"The activity is larger than {limit} bytes.", Logged: false));
            return (null, false);
        }

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
}
