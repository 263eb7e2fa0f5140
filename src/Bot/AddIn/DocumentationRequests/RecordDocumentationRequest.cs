using System.Text.Json;
using CoopAssistant.Bot.AddIn.Http;
using CoopAssistant.Bot.AddIn.Identity;
using CoopAssistant.Claims.Access;
using CoopAssistant.Claims.Services;
using CoopAssistant.Claims.Validation;

namespace CoopAssistant.Bot.AddIn.DocumentationRequests;

/// <summary><c>POST /api/addin/claims/{id}/documentation-requests</c>: records Partner Center's request for more documentation through
/// <see cref="IClaimService.RecordDocumentationRequestAsync"/> (which moves the claim to AdditionalDocumentationRequested and, with the
/// reminders hook, schedules its reminders).</summary>
internal static class RecordDocumentationRequest
{
    private const int MaxVersionRetries = 3;

    public static void Map(RouteGroupBuilder api) => api.MapPost("/claims/{claimId:guid}/documentation-requests", HandleAsync).DisableAntiforgery();

    private static async Task<IResult> HandleAsync(
        Guid claimId, HttpContext http, IClaimService claims, IClaimsRoleResolver roles, TimeProvider time, CancellationToken cancellationToken)
    {
        var culture = AddInCulture.From(http.Request);
        var caller = await AddInCaller.ResolveAsync(http.User, roles, cancellationToken);
        if (caller is null)
        {
            return AddInResults.Error(StatusCodes.Status403Forbidden, "NoIdentity", AddInTexts.NoIdentity(culture));
        }

        DocumentationRequestInput? input;
        try
        {
            input = await http.Request.ReadFromJsonAsync<DocumentationRequestInput>(AddInJson.Options, cancellationToken);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            input = null;
        }

        if (input is null)
        {
            return AddInResults.Error(StatusCodes.Status400BadRequest, "BadBody", AddInTexts.BadRequestBody(culture));
        }

        var request = new NewDocumentationRequest(
            input.RequestedOn ?? DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime), input.RespondBy, input.WhatWasAsked ?? "");

        ClaimResult<ClaimView>? result = null;
        HashSet<Guid> before = [];
        for (var attempt = 0; attempt <= MaxVersionRetries && result?.Outcome is null or ClaimOutcome.Conflict; attempt++)
        {
            var current = await claims.GetAsync(caller, claimId, cancellationToken);
            if (!current.IsOk || current.Value is null)
            {
                return AddInResults.From(current, culture);
            }

            before = [.. current.Value.DocumentationRequests.Select(r => r.Id)];
            result = await claims.RecordDocumentationRequestAsync(caller, claimId, current.Value.Version, request, cancellationToken);
        }

        if (result is not { IsOk: true, Value: { } claim })
        {
            return AddInResults.From(result!, culture);
        }

        var recorded = claim.DocumentationRequests.Last(r => !before.Contains(r.Id));
        return AddInResults.Json(new RecordedDocumentationRequest(claimId, claim.Status, claim.Version, recorded), StatusCodes.Status201Created);
    }
}
