using System.Globalization;
using CoopAssistant.Claims.Localization;

namespace CoopAssistant.Bot.BrowserApi;

/// <summary>The pane sends Office's display language as <c>Accept-Language</c>: Portuguese gets pt-BR, anything else en-US.</summary>
internal static class ApiCulture
{
    public static CultureInfo From(HttpRequest request)
    {
        foreach (var language in request.GetTypedHeaders().AcceptLanguage.OrderByDescending(l => l.Quality ?? 1))
        {
            var tag = language.Value.Value ?? "";
            if (tag.StartsWith("pt", StringComparison.OrdinalIgnoreCase))
            {
                return ClaimTexts.Portuguese;
            }

            if (tag.StartsWith("en", StringComparison.OrdinalIgnoreCase))
            {
                return ClaimTexts.English;
            }
        }

        return ClaimTexts.English;
    }
}
