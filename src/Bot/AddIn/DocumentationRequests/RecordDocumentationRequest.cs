using CoopAssistant.Claims.Rules;
using System.Text.Json;
using CoopAssistant.Bot.BrowserApi;
using CoopAssistant.Claims.Access;
using CoopAssistant.Claims.Services;
using CoopAssistant.Claims.Validation;

namespace CoopAssistant.Bot.AddIn.DocumentationRequests;

/// <summary><c>POST /api/addin/claims/{id}/documentation-requests</c>: records Partner Center's request for more documentation through
/// <see cref="IClaimService.RecordDocumentationRequestAsync"/> (which moves the claim to AdditionalDocumentationRequested and, with the
/// reminders hook, schedules its reminders).</summary>
internal static class RecordDocumentationRequest
{
    public static void Map(RouteGroupBuilder api) => api.MapPost("/claims/{claimId:guid}/documentation-requests", HandleAsync).DisableAntiforgery();

    private static async Task<IResult> HandleAsync(
        Guid claimId, HttpContext http, IClaimService claims, ClaimConflictRetry retry, IClaimsRoleResolver roles, ClaimClock clock, CancellationToken cancellationToken)
    {
        var culture = ApiCulture.From(http.Request);
        var caller = await ApiCaller.ResolveAsync(http.User, roles, cancellationToken);
        if (caller is null)
        {
            return ApiResults.Error(StatusCodes.Status403Forbidden, "NoIdentity", ApiTexts.NoIdentity(culture));
        }

        DocumentationRequestInput? input;
        try
        {
            input = await http.Request.ReadFromJsonAsync<DocumentationRequestInput>(ApiJson.Options, cancellationToken);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            input = null;
        }

        if (input is null)
        {
            return ApiResults.Error(StatusCodes.Status400BadRequest, "BadBody", ApiTexts.BadRequestBody(culture));
        }

        var request = new NewDocumentationRequest(
            input.RequestedOn ?? await clock.TodayAsync(caller.TenantId, caller.UserObjectId, cancellationToken), input.RespondBy, input.WhatWasAsked ?? "");

        HashSet<Guid> before = [];
        var result = await retry.RunAsync(
            caller,
            claimId,
            read: null,
            (current, ct) =>
            {
                before = [.. current.DocumentationRequests.Select(r => r.Id)];
                return claims.RecordDocumentationRequestAsync(caller, claimId, current.Version, request, ct);
            },
            cancellationToken);
        if (result is not { IsOk: true, Value: { } claim })
        {
            return ApiResults.From(result, culture);
        }

        var recorded = claim.DocumentationRequests.Last(r => !before.Contains(r.Id));
        return ApiResults.Json(new RecordedDocumentationRequest(claimId, claim.Status, claim.Version, recorded), StatusCodes.Status201Created);
    }
}
