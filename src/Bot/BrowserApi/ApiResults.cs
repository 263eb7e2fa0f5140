using System.Globalization;
using CoopAssistant.Bot.Conversation.RateLimits;
using CoopAssistant.Claims.Limits;
using CoopAssistant.Claims.Localization;
using CoopAssistant.Claims.Services;
using CoopAssistant.Claims.Validation;
using CoopAssistant.Graph.Evidence;

namespace CoopAssistant.Bot.BrowserApi;

/// <summary>Maps domain outcomes to HTTP: NotFound 404 (also other users' and tenants' claims), Invalid 400 (413 / 415 for size and
/// type), Refused and Conflict 409, Forbidden 403; the body is always an <see cref="ApiError"/> in the caller's language.</summary>
internal static class ApiResults
{
    public static IResult Json<T>(T value, int status = StatusCodes.Status200OK) =>
        Results.Json(value, ApiJson.Options, statusCode: status);

    public static IResult Error(int status, string code, string message, IReadOnlyList<ApiFieldError>? errors = null) =>
        Json(new ApiError(code, message, errors ?? []), status);

    public static IResult From<T>(ClaimResult<T> result, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(result);
        switch (result.Outcome)
        {
            case ClaimOutcome.Invalid:
                var fields = result.Errors.Select(e => new ApiFieldError(e.Field, e.Code.ToString(), ClaimTexts.For(e.Code, culture))).ToList();
                var first = result.Errors[0].Code;
                return Error(StatusFor(first), first.ToString(), fields[0].Message, fields);
            case ClaimOutcome.NotFound:
                return Claim(StatusCodes.Status404NotFound, ClaimErrorCode.NotFound, culture);
            case ClaimOutcome.Forbidden:
                return Claim(StatusCodes.Status403Forbidden, ClaimErrorCode.Forbidden, culture);
            case ClaimOutcome.Conflict:
                return Claim(StatusCodes.Status409Conflict, ClaimErrorCode.Conflict, culture);
            case ClaimOutcome.Limited when result.Limit is { } limit:
                return Limited(limit, culture);
            default:
                var code = result.Code ?? ClaimErrorCode.Conflict;
                return Claim(StatusCodes.Status409Conflict, code, culture);
        }
    }

    /// <summary>A usage limit's refusal (issue 19, item 3): 429 with <c>Retry-After</c> (seconds) and a ProblemDetails body that
    /// says the limit and when it resets, like the request limits' refusals (<see cref="ApiRateLimits"/>).</summary>
    public static IResult Limited(UsageRefusal limit, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(limit);
        var problem = Results.Problem(
            statusCode: StatusCodes.Status429TooManyRequests,
            title: "Too many requests",
            detail: UsageLimitText.For(limit, culture),
            extensions: new Dictionary<string, object?>
            {
                ["code"] = limit.Kind == UsageLimit.ClaimsPerDay ? nameof(ClaimErrorCode.ClaimLimitReached) : nameof(EvidenceErrorCode.UploadLimitReached),
                ["limit"] = limit.Limit,
                ["perTenant"] = limit.PerTenant,
                ["resetsAt"] = limit.ResetsAt,
            });
        return new RetryAfterResult(limit.RetryAfterSeconds, problem);
    }

    private sealed class RetryAfterResult(int seconds, IResult inner) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            ArgumentNullException.ThrowIfNull(httpContext);
            httpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            return inner.ExecuteAsync(httpContext);
        }
    }

    public static IResult Claim(int status, ClaimErrorCode code, CultureInfo culture) =>
        Error(status, code.ToString(), ClaimTexts.For(code, culture));

    public static IResult Evidence(EvidenceErrorCode code, CultureInfo culture) =>
        Error(StatusFor(code), code.ToString(), ApiTexts.For(code, culture));

    public static int StatusFor(ClaimErrorCode code) => code switch
    {
        ClaimErrorCode.FileTooLarge => StatusCodes.Status413PayloadTooLarge,
        ClaimErrorCode.FileTypeNotAllowed => StatusCodes.Status415UnsupportedMediaType,
        _ => StatusCodes.Status400BadRequest,
    };

    public static int StatusFor(EvidenceErrorCode code) => code switch
    {
        EvidenceErrorCode.TooLarge => StatusCodes.Status413PayloadTooLarge,
        EvidenceErrorCode.TypeNotAllowed or EvidenceErrorCode.ContentNotAllowed => StatusCodes.Status415UnsupportedMediaType,
        EvidenceErrorCode.EmptyFile or EvidenceErrorCode.InvalidName => StatusCodes.Status400BadRequest,
        EvidenceErrorCode.SignInRequired => StatusCodes.Status401Unauthorized,
        EvidenceErrorCode.Throttled => StatusCodes.Status503ServiceUnavailable,
        EvidenceErrorCode.UploadLimitReached => StatusCodes.Status429TooManyRequests,
        _ => StatusCodes.Status502BadGateway,
    };
}
