using CoopAssistant.Bot.Localization;
using CoopAssistant.Claims.Rules;
using CoopAssistant.Bot.BrowserApi;
using CoopAssistant.Claims.Access;
using CoopAssistant.Claims.Localization;
using CoopAssistant.Claims.Services;

namespace CoopAssistant.Bot.Tab.MyClaims;

/// <summary><c>GET /api/tab/claims</c> (the caller's timeline) and <c>GET /api/tab/claims/{id}</c> (a claim the access policy lets
/// the caller read: their own, or any of the tenant's for an administrator; 404 otherwise).</summary>
internal static class TabClaimEndpoints
{
    /// <summary>How many of the claim's latest changes the detail panel lists.</summary>
    private const int HistoryShown = 20;

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/claims", ListAsync);
        api.MapGet("/claims/{claimId:guid}", GetAsync);
    }

    private static async Task<IResult> ListAsync(HttpContext http, TimelineQuery query, IClaimsRoleResolver roles, CancellationToken cancellationToken)
    {
        var culture = ApiCulture.From(http.Request);
        var caller = await ApiCaller.ResolveAsync(http.User, roles, cancellationToken);
        return caller is null
            ? ApiResults.Error(StatusCodes.Status403Forbidden, "NoIdentity", ApiTexts.NoIdentity(culture))
            : ApiResults.Json(await query.RunAsync(caller, culture, cancellationToken));
    }

    private static async Task<IResult> GetAsync(
        Guid claimId, HttpContext http, IClaimService claims, IClaimsRoleResolver roles, ClaimClock clock, CancellationToken cancellationToken)
    {
        var culture = ApiCulture.From(http.Request);
        var caller = await ApiCaller.ResolveAsync(http.User, roles, cancellationToken);
        if (caller is null)
        {
            return ApiResults.Error(StatusCodes.Status403Forbidden, "NoIdentity", ApiTexts.NoIdentity(culture));
        }

        var result = await claims.GetAsync(caller, claimId, cancellationToken);
        if (!result.IsOk)
        {
            return ApiResults.From(result, culture);
        }

        var c = result.Value!;
        var today = await clock.TodayAsync(caller.TenantId, caller.UserObjectId, cancellationToken);
        var reference = ClaimNumber.For(c.Id);
        var chatVerb = BotText.For(culture)[nameof(Strings.ChatCommandStatus)];
        var history = (await claims.GetHistoryAsync(caller, claimId, null, HistoryShown, cancellationToken)).Value?.Entries ?? [];
        return ApiResults.Json(new TabClaimDetail(
            c.Id, reference, c.Title, c.OwnerDisplayName, c.Status, ClaimTexts.WithPartnerCenterName(c.Status, culture),
            TabUrgencyRule.For(c.Status, c.UrgencyDate.DayNumber - today.DayNumber), ClaimTexts.For(c.ActivityType, culture),
            c.UsageStart, c.UsageEnd, c.Deadline, c.Deadline.DayNumber - today.DayNumber, c.Amount, c.Currency,
            [.. c.Checklist.Items.Where(i => i.Required || i.Count > 0).Select(i => new TabChecklistItem(i.Kind, ClaimTexts.For(i.Kind, culture), i.Required, i.Count))],
            [.. c.DocumentationRequests.Where(r => r.IsOpen).Select(r => new TabDocumentationRequest(r.RequestedOn, r.RespondBy, r.WhatWasAsked, r.AssumedDays))],
            $"{chatVerb} {reference}",
            TabReview.From(c.Review, culture))
        {
            Caps = CapNotes.For(c.ActivityType, c.Currency, c.Fund is not null, culture),
            History = [.. history.Select(h => new TabHistoryEntry(
                h.At, h.ActorObjectId is null ? ClaimTexts.System(culture) : h.ActorName ?? h.ActorObjectId, ClaimTexts.For(h.Action, culture),
                [.. h.Changes.Select(ch => $"{ClaimTexts.Field(ch.Field, culture)}: {ch.Old ?? "—"} → {ch.New ?? "—"}")]))],
        });
    }
}
