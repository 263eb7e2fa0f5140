using CoopAssistant.Bot.Conversation.Commands;
using CoopAssistant.Claims.Localization;
using CoopAssistant.Claims.Services;

namespace CoopAssistant.Bot.Conversation.Sharing;

/// <summary>
/// "Find a claim": the claims the caller may see whose title, status (in English or Portuguese, whichever the person types) or
/// owner holds every word typed, compared without case or accents. No words: all of them, most urgent first.
/// </summary>
public static class ClaimSearch
{
    public static IEnumerable<ClaimSummary> Filter(IEnumerable<ClaimSummary> visible, string? query)
    {
        ArgumentNullException.ThrowIfNull(visible);
        var words = CommandText.Normalize(query).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? visible : visible.Where(c => Matches(c, words));
    }

    private static bool Matches(ClaimSummary claim, string[] words)
    {
        var haystack = CommandText.Normalize(string.Join(
            ' ',
            claim.Title,
            claim.OwnerDisplayName,
            ClaimTexts.For(claim.Status, UserCulture.English),
            ClaimTexts.For(claim.Status, UserCulture.Portuguese)));
        return words.All(w => haystack.Contains(w, StringComparison.Ordinal));
    }
}
