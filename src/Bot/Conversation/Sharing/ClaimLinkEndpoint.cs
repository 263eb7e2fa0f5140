using System.Globalization;
using CoopAssistant.Bot.Reminders;
using CoopAssistant.Bot.Tab;
using Microsoft.Extensions.Options;

namespace CoopAssistant.Bot.Conversation.Sharing;

/// <summary>
/// <c>GET /claims/{id}</c>: the claim link opened in a browser (pasted in a chat, it unfurls through
/// <see cref="ClaimLinkUnfurlHandler"/>). It redirects to the dashboard tab selecting that claim: the Teams deep link to the tab
/// with the claim as its <c>subEntityId</c> (read by the page as <c>page.subPageId</c>,
/// https://learn.microsoft.com/microsoftteams/platform/concepts/build-and-test/deep-link-application#deep-link-to-open-a-tab)
/// when <see cref="ReminderSenderOptions.DashboardLink"/> is set, otherwise the tab page itself with <c>?claim={id}</c>. The
/// redirect carries nothing but the id already in the link: the tab asks the access policy with the viewer's own token.
/// </summary>
public static class ClaimLinkEndpoint
{
    public const string Path = "/claims/{claimId:guid}";

    public static IEndpointRouteBuilder MapClaimLinks(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet(Path, (Guid claimId, IOptions<ReminderSenderOptions> options) => Results.Redirect(Target(claimId, options.Value.DashboardLink).ToString()))
            .AllowAnonymous();
        return app;
    }

    /// <summary>Where a claim link leads: the dashboard deep link with <c>context={"subEntityId":"{id}"}</c>, or <c>/tab/?claim={id}</c>.</summary>
    public static Uri Target(Guid claimId, Uri? dashboard)
    {
        var id = claimId.ToString("D", CultureInfo.InvariantCulture);
        if (dashboard is null)
        {
            return new Uri($"{TabDefaults.PagePath}/?claim={id}", UriKind.Relative);
        }

        var context = Uri.EscapeDataString("{\"subEntityId\":\"" + id + "\"}");
        var separator = string.IsNullOrEmpty(dashboard.Query) ? "?" : "&";
        return new Uri(dashboard.AbsoluteUri + separator + "context=" + context);
    }
}
