namespace CoopAssistant.Claims.Review;

/// <summary>What reading a document's text gave.</summary>
public enum DocumentReadStatus
{
    /// <summary>The text was read (possibly only part of it: see <see cref="DocumentReading.LimitReached"/>).</summary>
    Read = 0,

    /// <summary>No text: an image, or a PDF without a text layer (a scan). Check by eye.</summary>
    NoText = 1,

    /// <summary>Protected by a password.</summary>
    Encrypted = 2,

    /// <summary>Damaged, truncated, or not what its type says.</summary>
    Corrupt = 3,

    /// <summary>The content is not an accepted document type (for example a program named <c>.pdf</c>).</summary>
    Refused = 4,

    /// <summary>The file could not be opened at all: no copy was kept, it was moved or deleted, or Microsoft 365 needs the owner
    /// to sign in again (<see cref="DocumentReading.Unavailable"/> says which).</summary>
    Unavailable = 5,
}

/// <summary>Why a file could not be opened for the review.</summary>
public enum UnavailableReason
{
    /// <summary>No copy of the file was kept where the review can read it.</summary>
    NotKept = 0,

    /// <summary>The kept copy is gone (moved or deleted).</summary>
    NotFound = 1,

    /// <summary>Microsoft 365 needs the claim's owner to sign in again before the file can be downloaded.</summary>
    SignInRequired = 2,

    /// <summary>The download failed (the service was unavailable, or access was refused).</summary>
    DownloadFailed = 3,
}
