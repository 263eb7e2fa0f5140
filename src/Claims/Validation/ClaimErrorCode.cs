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
    LocationInvalid = 119,
    OutcomeAmountRequired = 120,
    OutcomeAmountAboveClaimed = 121,
    PaidAmountAboveApproved = 122,
    RejectionReasonRequired = 123,
    OutcomeDateInFuture = 124,
    OutcomeDateBeforeSubmission = 125,
    CsvEmpty = 130,
    CsvTooLarge = 131,
    CsvMissingColumn = 132,
    CsvColumnCount = 133,
    CsvProgramUnknown = 134,
    CsvDateInvalid = 135,
    CsvAmountInvalid = 136,
    CsvDuplicateFund = 137,
    CsvUnterminatedQuote = 138,
    DateInvalid = 139,
    AmountAboveActivityCapInPeriod = 140,
    ReasonRequired = 141,
    PartnerNameInvalid = 142,
    PartnerTaxIdInvalid = 143,
    PartnerCnpjCheckDigits = 144,
    PartnerTooManyEntries = 145,

    /// <summary>With the other claims of the type in the usage period, above the share of the imported co-op funds the type may use (FACTS A).</summary>
    AmountAboveFundShareInPeriod = 160,

    // Lifecycle
    IllegalTransition = 200,
    ChecklistIncomplete = 201,
    DeadlinePassed = 202,
    DeadlineNotPassed = 203,
    OpenDocumentationRequests = 204,
    ClaimNotEditable = 205,
    DocumentationRequestNotAllowed = 206,
    DocumentationRequestAlreadyResolved = 207,
    OutcomeDetailsRequired = 208,
    FundDoesNotFit = 209,
    EvidenceNotFound = 210,
    ReviewBlocking = 211,
    ReviewPending = 212,
    FindingNotFound = 213,
    FindingNeedsAdministrator = 214,
    FindingMustBeFixed = 215,

    /// <summary>Neither third-party vendors nor in-house work: nothing for Partner Center to reimburse (FACTS A, "Cost basis").</summary>
    CostBasisMissing = 216,

    /// <summary>The form's cost-basis question was left unanswered.</summary>
    CostBasisUnanswered = 217,

    // Access and storage
    NotFound = 300,
    Forbidden = 301,
    Conflict = 302,
    FundNotFound = 303,

    // Usage limits
    ClaimLimitReached = 400,
}
