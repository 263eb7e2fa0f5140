using System.Globalization;
using CoopAssistant.Bot.Localization;
using CoopAssistant.Claims.Limits;

namespace CoopAssistant.Bot.Conversation.RateLimits;

/// <summary>What a usage limit refusal says, in the user's language: whose limit, its size and when it resets (UTC). The chat's
/// claim form and the browser APIs' 429 body both use it.</summary>
public static class UsageLimitText
{
    public static string For(UsageRefusal limit, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(limit);
        var text = BotText.For(culture);
        var resets = limit.ResetsAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        return limit.Kind switch
        {
            UsageLimit.ClaimsPerDay => text.Format(limit.PerTenant ? nameof(Strings.UsageLimitClaimsTenant) : nameof(Strings.UsageLimitClaimsUser), limit.Limit, resets),
            _ => text.Format(limit.PerTenant ? nameof(Strings.UsageLimitBytesTenant) : nameof(Strings.UsageLimitBytesUser), Size(limit.Limit, culture), resets),
        };
    }

    private static string Size(long bytes, CultureInfo culture) => bytes >= 1024L * 1024 * 1024
        ? (bytes / (1024d * 1024 * 1024)).ToString("0.#", culture) + " GB"
        : (bytes / (1024d * 1024)).ToString("0.#", culture) + " MB";
}
