using System.Globalization;

namespace CoopAssistant.Bot.BrowserApi;

/// <summary>The short claim number users see and type in emails: the last 8 hex digits of the claim id, upper case.</summary>
public static class ClaimNumber
{
    public static string For(Guid id) => id.ToString("N", CultureInfo.InvariantCulture)[^8..].ToUpperInvariant();
}
