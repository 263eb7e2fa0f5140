namespace CoopAssistant.Graph.Evidence;

/// <summary>Why a file was not taken as evidence; the Bot localises each code (en-US, pt-BR).</summary>
public enum EvidenceErrorCode
{
    EmptyFile,
    TooLarge,
    TypeNotAllowed,
    InvalidName,
    NoAccess,
    NotFound,
    Throttled,
    CopyFailed,
    UploadFailed,
    SignInRequired,
    DownloadHostNotAllowed,
    DownloadFailed,

    /// <summary>The chat file's pre-authenticated download link was refused as expired or no longer valid (HTTP 401).</summary>
    DownloadExpired,
    GraphError,

    /// <summary>The uploader's or the tenant's evidence bytes per hour are used up (issue 19, item 3); the result carries the limit.</summary>
    UploadLimitReached,

    /// <summary>The content is a program or a macro-enabled Office file, whatever its name says (judged by its bytes).</summary>
    ContentNotAllowed,
}
