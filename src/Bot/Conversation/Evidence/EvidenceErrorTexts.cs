using System.Globalization;
using CoopAssistant.Bot.Localization;
using CoopAssistant.Graph.Evidence;

namespace CoopAssistant.Bot.Conversation.Evidence;

/// <summary>The localised message for each <see cref="EvidenceErrorCode"/>.</summary>
public static class EvidenceErrorTexts
{
    public static string For(EvidenceErrorCode code, CultureInfo culture)
    {
        var key = code switch
        {
            EvidenceErrorCode.EmptyFile => nameof(Strings.EvidenceErrorEmptyFile),
            EvidenceErrorCode.TooLarge => nameof(Strings.EvidenceErrorTooLarge),
            EvidenceErrorCode.TypeNotAllowed => nameof(Strings.EvidenceErrorTypeNotAllowed),
            EvidenceErrorCode.InvalidName => nameof(Strings.EvidenceErrorInvalidName),
            EvidenceErrorCode.NoAccess => nameof(Strings.EvidenceErrorNoAccess),
            EvidenceErrorCode.NotFound => nameof(Strings.EvidenceErrorNotFound),
            EvidenceErrorCode.Throttled => nameof(Strings.EvidenceErrorThrottled),
            EvidenceErrorCode.CopyFailed => nameof(Strings.EvidenceErrorCopyFailed),
            EvidenceErrorCode.UploadFailed => nameof(Strings.EvidenceErrorUploadFailed),
            EvidenceErrorCode.SignInRequired => nameof(Strings.EvidenceErrorSignInRequired),
            EvidenceErrorCode.DownloadHostNotAllowed => nameof(Strings.EvidenceErrorDownloadHostNotAllowed),
            EvidenceErrorCode.DownloadFailed => nameof(Strings.EvidenceErrorDownloadFailed),
            EvidenceErrorCode.DownloadExpired => nameof(Strings.EvidenceErrorDownloadExpired),
            EvidenceErrorCode.ContentNotAllowed => nameof(Strings.EvidenceErrorContentNotAllowed),
            EvidenceErrorCode.UploadLimitReached => nameof(Strings.EvidenceErrorUploadLimitReached),
            _ => nameof(Strings.EvidenceErrorGraphError),
        };
        return BotText.For(culture)[key];
    }
}
