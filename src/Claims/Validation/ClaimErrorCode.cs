namespace CoopAssistant.Claims.Validation;

/// <summary>Every user-facing error of the claims domain. Localise with <see cref="Localization.ClaimTexts.For(ClaimErrorCode, System.Globalization.CultureInfo)"/>.</summary>
public enum ClaimErrorCode
{
    // Field validation
    TitleLength = 100,
    TitleControlCharacters = 101,
    UsagePeriodEndBeforeStart = 102,
    UsagePeriodTooLong = 103,
    ActivityDateAfterUsagePeriod = 104,
    AmountNotPositive = 105,
    AmountTooManyDecimals = 106,
    AmountAboveCeiling = 107,
    AmountAboveActivityCap = 108,
    CurrencyUnknown = 109,
    ProgramUnknown = 110,
    ActivityTypeUnknown = 111,
    FileNameInvalid = 112,
    FileTooLarge = 113,
    FileTypeNotAllowed = 114,
    EvidenceKindUnknown = 115,
    EvidenceSourceUnknown = 116,
    TextInvalid = 117,
    RespondByBeforeRequestedOn = 118,
    ReasonRequired = 119,
    PartnerNameInvalid = 120,
    PartnerTaxIdInvalid = 121,
    PartnerCnpjCheckDigits = 122,
    PartnerTooManyEntries = 123,

    // Lifecycle
    IllegalTransition = 200,
    ChecklistIncomplete = 201,
    DeadlinePassed = 202,
    DeadlineNotPassed = 203,
    OpenDocumentationRequests = 204,
    ClaimNotEditable = 205,
    DocumentationRequestNotAllowed = 206,
    DocumentationRequestAlreadyResolved = 207,
    ReviewBlocking = 208,
    ReviewPending = 209,
    FindingNotFound = 210,
    FindingNeedsAdministrator = 211,
    FindingMustBeFixed = 212,

    // Access and storage
    NotFound = 300,
    Forbidden = 301,
    Conflict = 302,
}
