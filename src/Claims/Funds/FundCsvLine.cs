using System.Collections.Frozen;
using System.Globalization;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Validation;

namespace CoopAssistant.Claims.Funds;

/// <summary>Row validation: one line's cells read into a fund under its header's language (program names in either language,
/// ISO or slashed dates, amounts with that language's separators), then checked by <see cref="FundValidator"/>. Every problem
/// is an error naming the line and the column.</summary>
internal static class FundCsvLine
{
    private const int MaxValueShown = 60;

    private static readonly FrozenDictionary<string, ClaimProgram> Programs = new Dictionary<string, ClaimProgram>
    {
        ["partnercoop"] = ClaimProgram.PartnerCoop, ["coop"] = ClaimProgram.PartnerCoop, ["partnercooperativemarketingfunds"] = ClaimProgram.PartnerCoop,
        ["cooperativemarketingfunds"] = ClaimProgram.PartnerCoop, ["coopdeparceiros"] = ClaimProgram.PartnerCoop,
        ["fundosdemarketingcooperativo"] = ClaimProgram.PartnerCoop, ["marketingcooperativo"] = ClaimProgram.PartnerCoop,
        ["osa"] = ClaimProgram.OnlineServicesAdvisor, ["onlineservicesadvisor"] = ClaimProgram.OnlineServicesAdvisor,
        ["onlineservicesadvisorosa"] = ClaimProgram.OnlineServicesAdvisor, ["consultordeservicosonline"] = ClaimProgram.OnlineServicesAdvisor,
        ["consultordeservicosonlineosa"] = ClaimProgram.OnlineServicesAdvisor,
        ["dynamicsisv"] = ClaimProgram.DynamicsIsv, ["isvdodynamics"] = ClaimProgram.DynamicsIsv,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The fund of line <paramref name="line"/>, or null with its errors added to <paramref name="errors"/>. The cells
    /// that cannot be read are all reported; the validator's rules run only on a line whose cells could all be read.</summary>
    public static NewFund? Read(int line, IReadOnlyList<string> cells, FundCsvHeader header, ClaimsOptions options, FundCsvErrors errors)
    {
        var columns = header.Columns;
        var before = errors.Count;
        var programText = cells[columns[FundCsvColumns.Program]];
        if (!Programs.TryGetValue(FundCsvColumns.Key(programText), out var program) && !Enum.TryParse(programText.Trim(), ignoreCase: true, out program))
        {
            errors.Add(line, FundCsvColumns.Program, ClaimErrorCode.CsvProgramUnknown, Cut(programText));
        }

        var start = Date(cells[columns[FundCsvColumns.Start]], header.DayFirst);
        if (start is null)
        {
            errors.Add(line, FundCsvColumns.Start, ClaimErrorCode.CsvDateInvalid, Cut(cells[columns[FundCsvColumns.Start]]));
        }

        var end = Date(cells[columns[FundCsvColumns.End]], header.DayFirst);
        if (end is null)
        {
            errors.Add(line, FundCsvColumns.End, ClaimErrorCode.CsvDateInvalid, Cut(cells[columns[FundCsvColumns.End]]));
        }

        var amount = Amount(cells[columns[FundCsvColumns.Amount]], header.Culture);
        if (amount is null)
        {
            errors.Add(line, FundCsvColumns.Amount, ClaimErrorCode.CsvAmountInvalid, Cut(cells[columns[FundCsvColumns.Amount]]));
        }

        if (errors.Count > before)
        {
            return null;
        }

        var location = columns.TryGetValue(FundCsvColumns.Location, out var l) ? cells[l].Trim() : "";
        var fund = new NewFund(program, location.Length == 0 ? null : location, start!.Value, end!.Value, amount!.Value,
            cells[columns[FundCsvColumns.Currency]].Trim().ToUpperInvariant());
        foreach (var error in FundValidator.Validate(fund, options))
        {
            errors.Add(line, FundCsvColumns.Of(error.Field), error.Code, null);
        }

        return errors.Count > before ? null : fund;
    }

    private static DateOnly? Date(string cell, bool dayFirst)
    {
        var text = cell.Trim();
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso))
        {
            return iso;
        }

        var format = dayFirst ? "d/M/yyyy" : "M/d/yyyy";
        return DateOnly.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
    }

    private static decimal? Amount(string cell, CultureInfo culture)
    {
        var text = cell.Trim().Replace("\u00A0", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        if (text.StartsWith("R$", StringComparison.Ordinal))
        {
            text = text[2..];
        }
        else if (text.StartsWith('$'))
        {
            text = text[1..];
        }

        return text.Length > 0 && text.Length <= 32 && Grouped(text, culture.NumberFormat)
            && decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands, culture, out var value)
            ? value
            : null;
    }

    /// <summary>Thousands separators only between groups of three digits before the decimal separator: "1234.56" under
    /// Portuguese headers is an error, not 123456.</summary>
    private static bool Grouped(string text, NumberFormatInfo format)
    {
        var decimalAt = text.IndexOf(format.NumberDecimalSeparator, StringComparison.Ordinal);
        var whole = decimalAt < 0 ? text : text[..decimalAt];
        if (decimalAt >= 0 && text.IndexOf(format.NumberGroupSeparator, decimalAt, StringComparison.Ordinal) >= 0)
        {
            return false;
        }

        var groups = whole.Split(format.NumberGroupSeparator);
        return groups.Length == 1 || (groups[0].Length is >= 1 and <= 3 && groups.Skip(1).All(g => g.Length == 3));
    }

    private static string Cut(string value) => value.Length <= MaxValueShown ? value : value[..MaxValueShown] + "…";
}
