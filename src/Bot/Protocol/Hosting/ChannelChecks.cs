using System.Security.Claims;
using CoopAssistant.Bot.Protocol.Authentication;
using CoopAssistant.Bot.Protocol.Schema;

namespace CoopAssistant.Bot.Protocol.Hosting;

/// <summary>
/// The checks that need both the validated token and the activity: the signing key's endorsement of
/// the channel (403 when missing) and the <c>serviceurl</c> claim equal to <c>activity.serviceUrl</c> (401).
/// </summary>
public static class ChannelChecks
{
    public sealed record Refusal(int Status, string Message);

    public static Refusal? Verify(ClaimsPrincipal principal, Activity activity)
    {
        ArgumentNullException.ThrowIfNull(principal);
        ArgumentNullException.ThrowIfNull(activity);
        var endorsed = activity.ChannelId is { Length: > 0 } channel
            && principal.FindAll(BotAuthenticationDefaults.EndorsementClaim).Any(c => string.Equals(c.Value, channel, StringComparison.OrdinalIgnoreCase));
        if (!endorsed)
        {
            return new Refusal(StatusCodes.Status403Forbidden, "The signing key does not endorse this channel.");
        }

        var serviceUrl = principal.FindFirst(BotAuthenticationDefaults.ServiceUrlClaim)?.Value;
        if (string.IsNullOrEmpty(serviceUrl))
        {
            return new Refusal(StatusCodes.Status401Unauthorized, "The token has no serviceurl claim.");
        }

        if (!string.Equals(serviceUrl, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
        {
            return new Refusal(StatusCodes.Status401Unauthorized, "The token's serviceurl does not match the activity.");
        }

        return null;
    }
}
