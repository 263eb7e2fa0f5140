using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Rules;

namespace CoopAssistant.Claims.Validation;

/// <summary>Pure validation of user input; returns every field error found (empty = valid).</summary>
public static class ClaimValidator
{
    public const int TitleMinLength = 3;
    public const int TitleMaxLength = 120;
    public const int UsagePeriodMaxMonths = 6;
    public const int FileNameMaxLength = 255;
    public const int RequestTextMaxLength = 4000;

    /// <summary>Partner Center decimals: at most 2 (fewer when the currency has fewer minor units).</summary>
    public const int MaxAmountDecimals = 2;

    public static IReadOnlyList<FieldError> Validate(ClaimDraft draft, ClaimsOptions options)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<FieldError>();

        if (!Enum.IsDefined(draft.Program))
        {
            errors.Add(new(ClaimFields.Program, ClaimErrorCode.ProgramUnknown));
        }

        if (!Enum.IsDefined(draft.ActivityType))
        {
            errors.Add(new(ClaimFields.ActivityType, ClaimErrorCode.ActivityTypeUnknown));
        }

        ValidateTitle(draft.Title, errors);
        ValidatePeriod(draft, errors);
        ValidateAmount(draft, options, errors);
        return errors;
    }

    /// <summary>
    /// A new claim's rules: <see cref="Validate(ClaimDraft, ClaimsOptions)"/> and a cost basis (FACTS A, "Cost basis": Partner Center
    /// reimburses against a third-party invoice or a Certification Service Report, so third-party vendors or in-house work must be
    /// yes). Only creation refuses a claim without one; a claim stored before this rule keeps its blocking checklist item instead.
    /// </summary>
    public static IReadOnlyList<FieldError> ValidateNew(ClaimDraft draft, ClaimsOptions options)
    {
        var errors = Validate(draft, options);
        return draft.VendorsUsed || draft.InHouseWork ? errors : [.. errors, new(ClaimFields.VendorsUsed, ClaimErrorCode.CostBasisMissing)];
    }

    public static IReadOnlyList<FieldError> Validate(NewEvidence evidence, EvidenceFileOptions options)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<FieldError>();
        if (!Enum.IsDefined(evidence.Kind))
        {
            errors.Add(new(ClaimFields.EvidenceKind, ClaimErrorCode.EvidenceKindUnknown));
        }

        if (!Enum.IsDefined(evidence.Source))
        {
            errors.Add(new(ClaimFields.EvidenceSource, ClaimErrorCode.EvidenceSourceUnknown));
        }

        if (!IsSafeFileName(evidence.Name))
        {
            errors.Add(new(ClaimFields.EvidenceName, ClaimErrorCode.FileNameInvalid));
        }
        else if (!options.IsAllowedType(evidence.Name))
        {
            errors.Add(new(ClaimFields.EvidenceName, ClaimErrorCode.FileTypeNotAllowed));
        }

        if (evidence.SizeBytes < 0 || evidence.SizeBytes > options.MaxFileBytes)
        {
            errors.Add(new(ClaimFields.EvidenceSize, ClaimErrorCode.FileTooLarge));
        }

        return errors;
    }

    public static IReadOnlyList<FieldError> Validate(NewDocumentationRequest request, DateOnly respondBy)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(request.WhatWasAsked) || request.WhatWasAsked.Length > RequestTextMaxLength
            || request.WhatWasAsked.Any(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t'))
        {
            errors.Add(new(ClaimFields.RequestText, ClaimErrorCode.TextInvalid));
        }

        if (respondBy < request.RequestedOn)
        {
            errors.Add(new(ClaimFields.RespondBy, ClaimErrorCode.RespondByBeforeRequestedOn));
        }

        return errors;
    }

    /// <summary>False for empty names, names with path separators, "..", control characters or over 255 characters.</summary>
    public static bool IsSafeFileName(string? name) =>
        !string.IsNullOrWhiteSpace(name)
        && name.Length <= FileNameMaxLength
        && !name.Contains("..", StringComparison.Ordinal)
        && !name.Any(c => c is '/' or '\\' or ':' || char.IsControl(c))
        && name.Trim().Length == name.Length;

    private static void ValidateTitle(string? title, List<FieldError> errors)
    {
        var trimmed = title?.Trim() ?? "";
        if (trimmed.Length < TitleMinLength || trimmed.Length > TitleMaxLength)
        {
            errors.Add(new(ClaimFields.Title, ClaimErrorCode.TitleLength));
        }

        if (title is not null && title.Any(char.IsControl))
        {
            errors.Add(new(ClaimFields.Title, ClaimErrorCode.TitleControlCharacters));
        }
    }

    private static void ValidatePeriod(ClaimDraft draft, List<FieldError> errors)
    {
        if (draft.UsageEnd < draft.UsageStart)
        {
            errors.Add(new(ClaimFields.UsageEnd, ClaimErrorCode.UsagePeriodEndBeforeStart));
        }
        else if (draft.UsageEnd > draft.UsageStart.AddMonths(UsagePeriodMaxMonths).AddDays(-1))
        {
            // Inclusive period: 1 Jan – 30 Jun is six months; 1 Jan – 1 Jul is one day too long.
            errors.Add(new(ClaimFields.UsageEnd, ClaimErrorCode.UsagePeriodTooLong));
        }

        if (draft.ActivityDate > draft.UsageEnd)
        {
            errors.Add(new(ClaimFields.ActivityDate, ClaimErrorCode.ActivityDateAfterUsagePeriod));
        }
    }

    private static void ValidateAmount(ClaimDraft draft, ClaimsOptions options, List<FieldError> errors)
    {
        var minorUnits = Iso4217.MinorUnits(draft.Currency);
        if (minorUnits is null)
        {
            errors.Add(new(ClaimFields.Currency, ClaimErrorCode.CurrencyUnknown));
        }

        if (draft.Amount <= 0)
        {
            errors.Add(new(ClaimFields.Amount, ClaimErrorCode.AmountNotPositive));
            return;
        }

        var allowedDecimals = Math.Min(MaxAmountDecimals, minorUnits ?? MaxAmountDecimals);
        if (decimal.Round(draft.Amount, allowedDecimals) != draft.Amount)
        {
            errors.Add(new(ClaimFields.Amount, ClaimErrorCode.AmountTooManyDecimals));
        }

        if (draft.Amount >= options.AmountCeiling)
        {
            errors.Add(new(ClaimFields.Amount, ClaimErrorCode.AmountAboveCeiling));
        }
        else if (Enum.IsDefined(draft.ActivityType) && ActivityTypeCatalog.AmountCapPerUsagePeriod(draft.ActivityType, draft.Currency) is { } cap && draft.Amount > cap)
        {
            errors.Add(new(ClaimFields.Amount, ClaimErrorCode.AmountAboveActivityCap));
        }
    }
}
