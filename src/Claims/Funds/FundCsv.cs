using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Validation;

namespace CoopAssistant.Claims.Funds;

/// <summary>
/// Reads a file of funds: CSV (RFC 4180 quotes) separated by <c>;</c> (what Excel writes in pt-BR) or <c>,</c>, header names in
/// English or Portuguese in any order, case and accents. Columns: program, location (optional), usage start, usage end, amount,
/// currency. Dates are ISO (2026-01-01) or, with slashes, day first under Portuguese headers (31/12/2026) and month first under
/// English ones (12/31/2026); amounts use the header language's decimal separator (1.234,56 or 1,234.56). Pure: no storage.
/// </summary>
public static class FundCsv
{
    public const int MaxCharacters = 10 * 1024 * 1024;
    public const int MaxLines = 100_000;

    /// <summary>At most this many errors are listed (all are counted).</summary>
    public const int MaxErrorsListed = 200;

    private const string ProgramColumn = "program";
    private const string LocationColumn = "location";
    private const string StartColumn = "usageStart";
    private const string EndColumn = "usageEnd";
    private const string AmountColumn = "amount";
    private const string CurrencyColumn = "currency";

    private static readonly string[] Required = [ProgramColumn, StartColumn, EndColumn, AmountColumn, CurrencyColumn];

    private static readonly FrozenDictionary<string, (string Column, bool Portuguese)> Headers = new Dictionary<string, (string, bool)>
    {
        ["program"] = (ProgramColumn, false), ["incentiveprogram"] = (ProgramColumn, false),
        ["programa"] = (ProgramColumn, true), ["programadeincentivo"] = (ProgramColumn, true),
        ["location"] = (LocationColumn, false), ["partnerlocation"] = (LocationColumn, false),
        ["localizacao"] = (LocationColumn, true), ["local"] = (LocationColumn, true), ["localizacaodoparceiro"] = (LocationColumn, true),
        ["usagestart"] = (StartColumn, false), ["usageperiodstart"] = (StartColumn, false), ["start"] = (StartColumn, false),
        ["inicio"] = (StartColumn, true), ["iniciodoperiododeuso"] = (StartColumn, true), ["iniciodouso"] = (StartColumn, true), ["iniciodoperiodo"] = (StartColumn, true),
        ["usageend"] = (EndColumn, false), ["usageperiodend"] = (EndColumn, false), ["end"] = (EndColumn, false),
        ["fim"] = (EndColumn, true), ["fimdoperiododeuso"] = (EndColumn, true), ["fimdouso"] = (EndColumn, true), ["fimdoperiodo"] = (EndColumn, true), ["termino"] = (EndColumn, true),
        ["amount"] = (AmountColumn, false), ["fundamount"] = (AmountColumn, false), ["funds"] = (AmountColumn, false),
        ["valor"] = (AmountColumn, true), ["montante"] = (AmountColumn, true), ["valordofundo"] = (AmountColumn, true), ["fundos"] = (AmountColumn, true),
        ["currency"] = (CurrencyColumn, false), ["moeda"] = (CurrencyColumn, true),
    }.ToFrozenDictionary(StringComparer.Ordinal);

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

    /// <summary>Whether the first line of <paramref name="text"/> names every required column of a funds file (in either language):
    /// how a CSV dropped into the chat is told apart from a CSV kept as evidence.</summary>
    public static bool HasFundsHeader(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || !new Records(text).Next(out _, out var header, out var error) || error)
        {
            return false;
        }

        var known = header.Select(h => Headers.TryGetValue(Key(h), out var c) ? c.Column : null).ToHashSet(StringComparer.Ordinal);
        return Required.All(known.Contains);
    }

    /// <summary>The good lines and the errors of <paramref name="text"/>; nothing is stored.</summary>
    public static FundCsvResult Parse(string? text, ClaimsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new ErrorList();
        var lines = new List<(int Line, NewFund Fund)>();
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(new(1, null, ClaimErrorCode.CsvEmpty, null));
            return new(lines, errors.Items, errors.Count, ',', "en-US");
        }

        if (text.Length > MaxCharacters)
        {
            errors.Add(new(1, null, ClaimErrorCode.CsvTooLarge, null));
            return new(lines, errors.Items, errors.Count, ',', "en-US");
        }

        var reader = new Records(text);
        if (!reader.Next(out var headerLine, out var header, out var headerError) || header.Count == 0)
        {
            errors.Add(new(1, null, headerError ? ClaimErrorCode.CsvUnterminatedQuote : ClaimErrorCode.CsvEmpty, null));
            return new(lines, errors.Items, errors.Count, reader.Separator, "en-US");
        }

        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        var portuguese = 0;
        var english = 0;
        for (var i = 0; i < header.Count; i++)
        {
            if (Headers.TryGetValue(Key(header[i]), out var known) && !columns.ContainsKey(known.Column))
            {
                columns[known.Column] = i;
                if (known.Portuguese)
                {
                    portuguese++;
                }
                else
                {
                    english++;
                }
            }
        }

        var language = portuguese > english ? "pt-BR" : "en-US";
        foreach (var missing in Required.Where(c => !columns.ContainsKey(c)))
        {
            errors.Add(new(headerLine, missing, ClaimErrorCode.CsvMissingColumn, null));
        }

        if (errors.Count > 0)
        {
            return new(lines, errors.Items, errors.Count, reader.Separator, language);
        }

        var culture = CultureInfo.GetCultureInfo(language);
        var dayFirst = language == "pt-BR";
        var seen = new HashSet<(ClaimProgram, string, DateOnly, DateOnly, string)>();
        var count = 0;
        while (reader.Next(out var lineNumber, out var cells, out var quoteError))
        {
            if (quoteError)
            {
                errors.Add(new(lineNumber, null, ClaimErrorCode.CsvUnterminatedQuote, null));
                break;
            }

            if (cells.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            if (++count > MaxLines)
            {
                errors.Add(new(lineNumber, null, ClaimErrorCode.CsvTooLarge, null));
                break;
            }

            if (cells.Count != header.Count)
            {
                errors.Add(new(lineNumber, null, ClaimErrorCode.CsvColumnCount, cells.Count.ToString(CultureInfo.InvariantCulture)));
                continue;
            }

            var before = errors.Count;
            var programText = cells[columns[ProgramColumn]];
            if (!Programs.TryGetValue(Key(programText), out var program) && !Enum.TryParse(programText.Trim(), ignoreCase: true, out program))
            {
                errors.Add(new(lineNumber, ProgramColumn, ClaimErrorCode.CsvProgramUnknown, Cut(programText)));
            }

            var start = Date(cells[columns[StartColumn]], dayFirst);
            if (start is null)
            {
                errors.Add(new(lineNumber, StartColumn, ClaimErrorCode.CsvDateInvalid, Cut(cells[columns[StartColumn]])));
            }

            var end = Date(cells[columns[EndColumn]], dayFirst);
            if (end is null)
            {
                errors.Add(new(lineNumber, EndColumn, ClaimErrorCode.CsvDateInvalid, Cut(cells[columns[EndColumn]])));
            }

            var amount = Amount(cells[columns[AmountColumn]], culture);
            if (amount is null)
            {
                errors.Add(new(lineNumber, AmountColumn, ClaimErrorCode.CsvAmountInvalid, Cut(cells[columns[AmountColumn]])));
            }

            if (errors.Count > before)
            {
                continue;
            }

            var location = columns.TryGetValue(LocationColumn, out var l) ? cells[l].Trim() : "";
            var fund = new NewFund(program, location.Length == 0 ? null : location, start!.Value, end!.Value, amount!.Value,
                cells[columns[CurrencyColumn]].Trim().ToUpperInvariant());
            foreach (var error in FundValidator.Validate(fund, options))
            {
                errors.Add(new(lineNumber, ColumnOf(error.Field), error.Code, null));
            }

            if (errors.Count > before)
            {
                continue;
            }

            if (!seen.Add((fund.Program, fund.Location ?? "", fund.UsageStart, fund.UsageEnd, fund.Currency)))
            {
                errors.Add(new(lineNumber, null, ClaimErrorCode.CsvDuplicateFund, null));
                continue;
            }

            lines.Add((lineNumber, fund));
        }

        if (lines.Count == 0 && errors.Count == 0)
        {
            errors.Add(new(headerLine, null, ClaimErrorCode.CsvEmpty, null));
        }

        return new(lines, errors.Items, errors.Count, reader.Separator, language);
    }

    private static string ColumnOf(string field) => field switch
    {
        FundFields.Program => ProgramColumn,
        FundFields.Location => LocationColumn,
        FundFields.UsageStart => StartColumn,
        FundFields.UsageEnd => EndColumn,
        FundFields.Amount => AmountColumn,
        _ => CurrencyColumn,
    };

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

    /// <summary>Lower case, no accents, letters and digits only ("Início do período de uso" → "iniciodoperiododeuso").</summary>
    private static string Key(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (char.IsLetterOrDigit(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    private static string Cut(string value) => value.Length <= 60 ? value : value[..60] + "…";

    private sealed class ErrorList
    {
        private readonly List<FundImportError> _items = [];

        public int Count { get; private set; }

        public IReadOnlyList<FundImportError> Items => _items;

        public void Add(FundImportError error)
        {
            Count++;
            if (_items.Count < MaxErrorsListed)
            {
                _items.Add(error);
            }
        }
    }

    /// <summary>Splits the text into records of cells (quoted cells may hold separators, quotes written twice and line breaks),
    /// with the physical line each record starts on. The separator is the header's: <c>;</c> when it has one outside quotes.</summary>
    private sealed class Records(string text)
    {
        private int _position = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        private int _line = 1;
        private char? _separator;

        public char Separator => _separator ?? ',';

        public bool Next(out int line, out List<string> cells, out bool unterminatedQuote)
        {
            cells = [];
            unterminatedQuote = false;
            line = _line;
            if (_position >= text.Length)
            {
                return false;
            }

            _separator ??= DetectSeparator();
            var separator = _separator.Value;
            var cell = new StringBuilder();
            var quoted = false;
            while (_position < text.Length)
            {
                var c = text[_position++];
                if (quoted)
                {
                    if (c == '"')
                    {
                        if (_position < text.Length && text[_position] == '"')
                        {
                            cell.Append('"');
                            _position++;
                        }
                        else
                        {
                            quoted = false;
                        }
                    }
                    else
                    {
                        if (c == '\n')
                        {
                            _line++;
                        }

                        cell.Append(c);
                    }
                }
                else if (c == '"' && cell.Length == 0)
                {
                    quoted = true;
                }
                else if (c == separator)
                {
                    cells.Add(cell.ToString());
                    cell.Clear();
                }
                else if (c is '\r' or '\n')
                {
                    if (c == '\r' && _position < text.Length && text[_position] == '\n')
                    {
                        _position++;
                    }

                    _line++;
                    cells.Add(cell.ToString());
                    return true;
                }
                else
                {
                    cell.Append(c);
                }
            }

            unterminatedQuote = quoted;
            cells.Add(cell.ToString());
            return true;
        }

        private char DetectSeparator()
        {
            var quoted = false;
            for (var i = _position; i < text.Length && text[i] is not ('\r' or '\n') || quoted && i < text.Length; i++)
            {
                var c = text[i];
                if (c == '"')
                {
                    quoted = !quoted;
                }
                else if (!quoted && c == ';')
                {
                    return ';';
                }
            }

            return ',';
        }
    }
}

/// <summary>A parsed funds file: good lines with their line numbers, errors (listed up to <see cref="FundCsv.MaxErrorsListed"/>, all counted).</summary>
public sealed record FundCsvResult(IReadOnlyList<(int Line, NewFund Fund)> Lines, IReadOnlyList<FundImportError> Errors, int TotalErrors, char Separator, string HeaderLanguage);
