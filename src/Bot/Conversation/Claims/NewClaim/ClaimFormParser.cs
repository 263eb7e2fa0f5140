using System.Globalization;
using CoopAssistant.Bot.Conversation.Claims.Turns;
using CoopAssistant.Bot.Localization;
using CoopAssistant.Claims.Localization;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Validation;

namespace CoopAssistant.Bot.Conversation.Claims.NewClaim;

/// <summary>Turns the submitted form into a <see cref="ClaimDraft"/>, or the errors (field → localised text) to show under the fields.</summary>
public static class ClaimFormParser
{
    /// <summary>Parses the form and checks every rule in one pass: a field that did not parse gets its parse error, and every
    /// domain rule whose inputs did parse is checked too (an empty title, a usage end before its start and a negative amount
    /// are three errors in one reply, not one per submit).</summary>
    public static (ClaimDraft? Draft, IReadOnlyDictionary<string, string> Errors) Parse(ClaimFormValues values, CultureInfo culture, ClaimsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(values);
        var text = BotText.For(culture);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);

        var program = ParseEnum<ClaimProgram>(values.Program, ClaimFields.Program, ClaimErrorCode.ProgramUnknown);
        var activityType = ParseEnum<ActivityType>(values.ActivityType, ClaimFields.ActivityType, ClaimErrorCode.ActivityTypeUnknown);
        var title = values.Title?.Trim();
        if (string.IsNullOrEmpty(title))
        {
            errors[ClaimFields.Title] = text[nameof(Strings.FormErrorRequired)];
        }

        var usageStart = ParseDate(values.UsageStart, ClaimFields.UsageStart);
        var usageEnd = ParseDate(values.UsageEnd, ClaimFields.UsageEnd);
        var activityDate = ParseDate(values.ActivityDate, ClaimFields.ActivityDate);

        decimal amount = 0;
        if (string.IsNullOrWhiteSpace(values.Amount))
        {
            errors[ClaimFields.Amount] = text[nameof(Strings.FormErrorRequired)];
        }
        else if (!decimal.TryParse(values.Amount.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out amount)
            && !decimal.TryParse(values.Amount.Trim(), NumberStyles.Number, culture, out amount))
        {
            errors[ClaimFields.Amount] = text[nameof(Strings.FormErrorNumber)];
        }

        var currency = values.Currency?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(currency))
        {
            errors[ClaimFields.Currency] = text[nameof(Strings.FormErrorRequired)];
        }

        var vendorsUsed = ParseYesNo(values.VendorsUsed, ClaimFormValues.VendorsUsedField);
        var inHouseWork = ParseYesNo(values.InHouseWork, ClaimFormValues.InHouseWorkField);
        if (vendorsUsed == false && inHouseWork == false)
        {
            errors[ClaimFormValues.VendorsUsedField] = ClaimTexts.For(ClaimErrorCode.CostBasisMissing, culture);
        }

        if (errors.Count > 0)
        {
            AddDomainErrors();
            return (null, errors);
        }

        var draft = new ClaimDraft(
            program!.Value, activityType!.Value, title!, usageStart!.Value, usageEnd!.Value, activityDate!.Value, amount, currency!,
            vendorsUsed!.Value, inHouseWork!.Value);
        return (draft, errors);

        bool? ParseYesNo(string? value, string field)
        {
            switch (value?.Trim().ToLowerInvariant())
            {
                case "true":
                    return true;
                case "false":
                    return false;
                default:
                    errors[field] = ClaimTexts.For(ClaimErrorCode.CostBasisUnanswered, culture);
                    return null;
            }
        }

        // The domain rules checked on what did parse: stand-ins fill the fields that did not, and an error is kept only when every
        // input its rule reads parsed (a stand-in never produces an error of its own).
        void AddDomainErrors()
        {
            var parsed = new HashSet<string>(StringComparer.Ordinal)
            {
                ClaimFields.Program, ClaimFields.ActivityType, ClaimFields.Title, ClaimFields.UsageStart, ClaimFields.UsageEnd,
                ClaimFields.ActivityDate, ClaimFields.Amount, ClaimFields.Currency,
            };
            parsed.ExceptWith(errors.Keys);
            var end = usageEnd ?? usageStart ?? activityDate ?? new DateOnly(2000, 1, 1);
            var standIn = new ClaimDraft(
                program ?? ClaimProgram.PartnerCoop, activityType ?? ActivityType.PrintAdvertising, string.IsNullOrEmpty(title) ? "---" : title,
                usageStart ?? end, end, activityDate ?? end, errors.ContainsKey(ClaimFields.Amount) ? 1m : amount,
                currency ?? "USD", false, false);
            var reads = new Dictionary<string, string[]>(StringComparer.Ordinal)
            {
                [ClaimFields.UsageEnd] = [ClaimFields.UsageStart, ClaimFields.UsageEnd],
                [ClaimFields.ActivityDate] = [ClaimFields.ActivityDate, ClaimFields.UsageEnd],
                [ClaimFields.Amount] = [ClaimFields.Amount, ClaimFields.Currency, ClaimFields.ActivityType],
            };
            foreach (var error in ClaimValidator.Validate(standIn, options))
            {
                var inputs = error.Code == ClaimErrorCode.AmountNotPositive ? [ClaimFields.Amount] : reads.GetValueOrDefault(error.Field, [error.Field]);
                if (inputs.All(parsed.Contains))
                {
                    errors.TryAdd(error.Field, ClaimTexts.For(error.Code, culture));
                }
            }
        }

        T? ParseEnum<T>(string? value, string field, ClaimErrorCode unknown)
            where T : struct, Enum
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                errors[field] = text[nameof(Strings.FormErrorRequired)];
                return null;
            }

            if (Enum.TryParse<T>(value.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(value, out _))
            {
                return parsed;
            }

            errors[field] = ClaimTexts.For(unknown, culture);
            return null;
        }

        DateOnly? ParseDate(string? value, string field)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                errors[field] = text[nameof(Strings.FormErrorRequired)];
                return null;
            }

            var date = CardData.Date(value);
            if (date is null)
            {
                errors[field] = text[nameof(Strings.FormErrorDate)];
            }

            return date;
        }
    }

    /// <summary>The domain's field errors as localised texts by field (the first error of each field).</summary>
    public static IReadOnlyDictionary<string, string> Localize(IEnumerable<FieldError> errors, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var error in errors)
        {
            result.TryAdd(error.Field, ClaimTexts.For(error.Code, culture));
        }

        return result;
    }
}
