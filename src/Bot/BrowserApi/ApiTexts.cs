using System.Globalization;
using CoopAssistant.Bot.Localization;
using CoopAssistant.Graph.Evidence;

namespace CoopAssistant.Bot.BrowserApi;

/// <summary>The browser APIs' own error messages, from <c>Strings.resx</c> like every other text (the claims domain's
/// come from <see cref="CoopAssistant.Claims.Localization.ClaimTexts"/>).</summary>
internal static class ApiTexts
{
    public static string For(EvidenceErrorCode code, CultureInfo culture) => BotText.For(culture)[code switch
    {
        EvidenceErrorCode.EmptyFile => nameof(Strings.ApiErrorEmptyFile),
        EvidenceErrorCode.TooLarge => nameof(Strings.ApiErrorTooLarge),
        EvidenceErrorCode.TypeNotAllowed => nameof(Strings.ApiErrorTypeNotAllowed),
        EvidenceErrorCode.ContentNotAllowed => nameof(Strings.ApiErrorContentNotAllowed),
        EvidenceErrorCode.InvalidName => nameof(Strings.ApiErrorInvalidName),
        EvidenceErrorCode.NoAccess => nameof(Strings.ApiErrorNoAccess),
        EvidenceErrorCode.SignInRequired => nameof(Strings.ApiErrorSignInRequired),
        EvidenceErrorCode.Throttled => nameof(Strings.ApiErrorThrottled),
        EvidenceErrorCode.UploadLimitReached => nameof(Strings.ApiErrorUploadLimitReached),
        _ => nameof(Strings.ApiErrorNotKept),
    }];

    public static string NoFile(CultureInfo culture) => BotText.For(culture)[nameof(Strings.ApiErrorNoFile)];

    public static string BadRequestBody(CultureInfo culture) => BotText.For(culture)[nameof(Strings.ApiErrorBadRequestBody)];

    public static string NoIdentity(CultureInfo culture) => BotText.For(culture)[nameof(Strings.ApiErrorNoIdentity)];
}
