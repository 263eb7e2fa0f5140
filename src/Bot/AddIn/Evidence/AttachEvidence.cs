using System.Globalization;
using CoopAssistant.Bot.BrowserApi;
using CoopAssistant.Claims.Access;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Rules;
using CoopAssistant.Claims.Services;
using CoopAssistant.Claims.Validation;
using CoopAssistant.Graph.Evidence;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace CoopAssistant.Bot.AddIn.Evidence;

/// <summary>
/// <c>POST /api/addin/claims/{id}/evidence?kind=VendorInvoice</c> with <c>multipart/form-data</c> (one file part): the claim is checked
/// first (404 before any byte is read), the name and type are checked from the part headers, then the bytes stream into
/// <see cref="IEvidenceStore"/> under the evidence file rules' size limit (<see cref="EvidenceFileOptions"/>) and the evidence is recorded on the claim.
/// Nothing is recorded unless the whole file was kept; the stores delete their partial files when the client goes away.
/// </summary>
internal static partial class AttachEvidence
{
    private const long MultipartOverheadBytes = 64 * 1024;

    public static void Map(RouteGroupBuilder api) => api.MapPost("/claims/{claimId:guid}/evidence", HandleAsync).DisableAntiforgery();

    private static async Task<IResult> HandleAsync(
        Guid claimId,
        string? kind,
        HttpContext http,
        IClaimService claims,
        ClaimConflictRetry retry,
        IClaimsRoleResolver roles,
        IEvidenceStore store,
        IOptions<EvidenceFileOptions> fileRules,
        ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(AttachEvidence));
        var culture = ApiCulture.From(http.Request);
        var aborted = http.RequestAborted;
        var caller = await ApiCaller.ResolveAsync(http.User, roles, aborted);
        if (caller is null)
        {
            return ApiResults.Error(StatusCodes.Status403Forbidden, "NoIdentity", ApiTexts.NoIdentity(culture));
        }

        if (!Enum.TryParse<EvidenceKind>(kind, ignoreCase: true, out var evidenceKind) || !Enum.IsDefined(evidenceKind)
            || int.TryParse(kind, NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
        {
            return ApiResults.Claim(StatusCodes.Status400BadRequest, ClaimErrorCode.EvidenceKindUnknown, culture);
        }

        var claim = await claims.GetAsync(caller, claimId, aborted);
        if (!claim.IsOk || claim.Value is null)
        {
            return ApiResults.From(claim, culture);
        }

        if (!ClaimLifecycle.IsEditable(claim.Value.Status))
        {
            return ApiResults.Claim(StatusCodes.Status409Conflict, ClaimErrorCode.ClaimNotEditable, culture);
        }

        var maxBytes = fileRules.Value.MaxFileBytes;
        if (http.Request.ContentLength > maxBytes + MultipartOverheadBytes)
        {
            return ApiResults.Claim(StatusCodes.Status413PayloadTooLarge, ClaimErrorCode.FileTooLarge, culture);
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodyLimit)
        {
            bodyLimit.MaxRequestBodySize = maxBytes + MultipartOverheadBytes;
        }

        var boundary = Boundary(http.Request.ContentType);
        if (boundary is null)
        {
            return ApiResults.Error(StatusCodes.Status400BadRequest, "NoFile", ApiTexts.NoFile(culture));
        }

        try
        {
            var reader = new MultipartReader(boundary, http.Request.Body);
            while (await reader.ReadNextSectionAsync(aborted) is { } section)
            {
                var fileName = FileName(section);
                if (fileName is null)
                {
                    continue;
                }

                if (!ClaimValidator.IsSafeFileName(fileName))
                {
                    return ApiResults.Claim(StatusCodes.Status400BadRequest, ClaimErrorCode.FileNameInvalid, culture);
                }

                // Checked as sent and as it will be kept (".pdf" is kept as "pdf"): a name the claim would refuse after the
                // bytes were stored would leave an orphaned file behind.
                if (!fileRules.Value.IsAllowedType(fileName) || !fileRules.Value.IsAllowedType(EvidenceFileNames.Sanitise(fileName)))
                {
                    return ApiResults.Claim(StatusCodes.Status415UnsupportedMediaType, ClaimErrorCode.FileTypeNotAllowed, culture);
                }

                var target = new EvidenceTarget(caller.TenantId, caller.UserObjectId, claimId.ToString());
                var content = new LimitedReadStream(section.Body, maxBytes);
                var stored = await store.StoreAsync(new EvidenceUpload(target, fileName, section.ContentType, content), null, aborted);
                if (!stored.TryGetValue(out var kept, out var refused))
                {
                    return refused.Limit is { } limit ? ApiResults.Limited(limit, culture) : ApiResults.Evidence(refused.Code, culture);
                }

                return await RecordAsync(retry, caller, claim.Value, evidenceKind, kept, section.ContentType, culture);
            }

            return ApiResults.Error(StatusCodes.Status400BadRequest, "NoFile", ApiTexts.NoFile(culture));
        }
        catch (EvidenceTooLargeException)
        {
            return ApiResults.Claim(StatusCodes.Status413PayloadTooLarge, ClaimErrorCode.FileTooLarge, culture);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return ApiResults.Claim(StatusCodes.Status413PayloadTooLarge, ClaimErrorCode.FileTooLarge, culture);
        }
        catch (Exception e) when (e is IOException or BadHttpRequestException or OperationCanceledException or InvalidDataException)
        {
            // The client went away mid-upload or sent a broken body: the store already removed its partial file.
            LogUploadAbandoned(logger, claimId, e.GetType().Name);
            return aborted.IsCancellationRequested
                ? Results.Empty
                : ApiResults.Error(StatusCodes.Status400BadRequest, "BadBody", ApiTexts.BadRequestBody(culture));
        }
    }

    private static async Task<IResult> RecordAsync(
        ClaimConflictRetry retry, ClaimsCaller caller, ClaimView claim, EvidenceKind kind, StoredEvidence kept, string? contentType, CultureInfo culture)
    {
        var evidence = new NewEvidence(
            kind, EvidenceSource.Outlook, kept.FileName, kept.SizeBytes, kept.ContentType ?? contentType, kept.DriveId, kept.ItemId, kept.WebUrl,
            kept.ETag, kept.QuickXorHash, kept.Sha256, kept.Location);

        // The bytes are kept: record them even if the client has gone by now (no request token here).
        var result = await retry.RecordEvidenceAsync(caller, claim, evidence, CancellationToken.None);

        if (!result.IsOk || result.Value is null)
        {
            return ApiResults.From(result, culture);
        }

        var added = result.Value.Evidence.Last(e => e.KeptCopyLocation == kept.Location && e.Name == kept.FileName);
        return ApiResults.Json(new AttachedEvidence(claim.Id, result.Value.Version, AddInEvidence.From(added)), StatusCodes.Status201Created);
    }

    private static string? Boundary(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var media)
            || !string.Equals(media.MediaType.Value, "multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var boundary = HeaderUtilities.RemoveQuotes(media.Boundary).Value;
        return string.IsNullOrWhiteSpace(boundary) || boundary.Length > 200 ? null : boundary;
    }

    /// <summary>The part's file name exactly as sent (never reduced with Path.GetFileName, so "../x.pdf" is seen and refused).</summary>
    private static string? FileName(MultipartSection section)
    {
        if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) || !disposition.IsFileDisposition())
        {
            return null;
        }

        var star = disposition.FileNameStar.Value;
        return !string.IsNullOrEmpty(star) ? star : HeaderUtilities.RemoveQuotes(disposition.FileName).Value ?? "";
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Evidence upload to claim {ClaimId} abandoned ({Reason}); nothing recorded")]
    private static partial void LogUploadAbandoned(ILogger logger, Guid claimId, string reason);
}
