using CoopAssistant.Claims.Validation;

namespace CoopAssistant.Claims.Funds;

/// <summary>Pure validation of a fund as entered; every error found (empty = valid).</summary>
public static class FundValidator
{
    public const int LocationMaxLength = 100;

    public static IReadOnlyList<FieldError> Validate(NewFund fund, ClaimsOptions options)
    {
        ArgumentNullException.ThrowIfNull(fund);
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<FieldError>();
        if (!Enum.IsDefined(fund.Program))
        {
            errors.Add(new(FundFields.Program, ClaimErrorCode.ProgramUnknown));
        }

        if (fund.Location is { } location && (location.Length > LocationMaxLength || location.Any(char.IsControl)))
        {
            errors.Add(new(FundFields.Location, ClaimErrorCode.LocationInvalid));
        }

        if (fund.UsageEnd < fund.UsageStart)
        {
            errors.Add(new(FundFields.UsageEnd, ClaimErrorCode.UsagePeriodEndBeforeStart));
        }
        else if (fund.UsageEnd > fund.UsageStart.AddMonths(ClaimValidator.UsagePeriodMaxMonths).AddDays(-1))
        {
            errors.Add(new(FundFields.UsageEnd, ClaimErrorCode.UsagePeriodTooLong));
        }

        var minorUnits = Iso4217.MinorUnits(fund.Currency);
        if (minorUnits is null)
        {
            errors.Add(new(FundFields.Currency, ClaimErrorCode.CurrencyUnknown));
        }

        if (fund.Amount <= 0)
        {
            errors.Add(new(FundFields.Amount, ClaimErrorCode.AmountNotPositive));
        }
        else if (decimal.Round(fund.Amount, Math.Min(ClaimValidator.MaxAmountDecimals, minorUnits ?? ClaimValidator.MaxAmountDecimals)) != fund.Amount)
        {
            errors.Add(new(FundFields.Amount, ClaimErrorCode.AmountTooManyDecimals));
        }
        else if (fund.Amount >= options.AmountCeiling * 100)
        {
            errors.Add(new(FundFields.Amount, ClaimErrorCode.AmountAboveCeiling));
        }

        return errors;
    }
}
