using System.Globalization;
using CoopAssistant.Claims.Localization;

namespace CoopAssistant.Bot.BrowserApi;

/// <summary>The browser APIs' culture: the pages (tab, add-in) send their language as <c>Accept-Language</c>, read by
/// <see cref="UserCulture.Resolve"/> like every other surface.</summary>
internal static class ApiCulture
{
    public static CultureInfo From(HttpRequest request) =>
        UserCulture.Resolve(new CultureSources(AcceptLanguage: request.Headers.AcceptLanguage.ToString()));
}
