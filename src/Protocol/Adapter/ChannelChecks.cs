using System.Security.Claims;
using CoopAssistant.Protocol.Authentication;
using CoopAssistant.Protocol.Connector;
using CoopAssistant.Protocol.Schema;

namespace CoopAssistant.Protocol.Adapter;

/// <summary>
/// Validates the channel of a parsed activity: its two tenant ids agree, its <c>serviceUrl</c> is an address a channel may
/// have, and with a validated token the signing key endorses the channel (403 when not) and the token's <c>serviceurl</c> claim
/// equals <c>activity.serviceUrl</c> (401); that service URL is then trusted for outbound calls. In local mode (no token) only
/// a channel on this machine is accepted. Before all that, the channel id must be one of <see cref="ChannelAccessOptions.Channels"/>
/// and the activity's tenant one of <see cref="ChannelAccessOptions.AllowedTenants"/> (403 when not).
/// </summary>
public static class ChannelChecks
{
    /// <summary>Why an activity is refused; <paramref name="Logged"/> when the refusal is worth a warning in the log.</summary>
    public sealed record Refusal(int Status, string Message, bool Logged = true);

    public static Refusal? Verify(Activity activity, ClaimsPrincipal? principal, ServiceUrlTrust trust, ChannelAccessOptions access, bool localMode)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(trust);
        ArgumentNullException.ThrowIfNull(access);
        if (activity.ChannelId is not { Length: > 0 } channelId || !access.Channels(localMode).Contains(channelId))
        {
            return new Refusal(StatusCodes.Status403Forbidden, "This bot only accepts activities from Microsoft Teams (channelId 'msteams'); see Bot:AllowedChannels.");
        }

        if (activity.Conversation?.TenantId is { Length: > 0 } conversationTenant && activity.TenantId is { } channelTenant
            && !string.Equals(conversationTenant, channelTenant, StringComparison.OrdinalIgnoreCase))
        {
            return new Refusal(StatusCodes.Status400BadRequest, "conversation.tenantId and channelData.tenant.id name different tenants.");
        }

        if (!access.AllowsTenant(activity.TenantId))
        {
            return new Refusal(StatusCodes.Status403Forbidden, "This tenant is not allowed to use this bot.");
        }

        if (!trust.Accepts(activity.ServiceUrl))
        {
            return new Refusal(StatusCodes.Status400BadRequest, "serviceUrl must be an absolute https URL without user info, query or fragment.");
        }

        if (principal is null)
        {
            return trust.IsTrusted(activity.ServiceUrl)
                ? null
                : new Refusal(StatusCodes.Status400BadRequest, "Local mode only talks to a channel on this machine (loopback serviceUrl).", Logged: false);
        }

        if (VerifyToken(principal, activity) is { } refusal)
        {
            return refusal;
        }

        trust.Trust(activity.ServiceUrl!);
        return null;
    }

    /// <summary>The checks that need both the validated token and the activity.</summary>
    public static Refusal? VerifyToken(ClaimsPrincipal principal, Activity activity)
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
