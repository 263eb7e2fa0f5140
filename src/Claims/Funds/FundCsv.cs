using System.Globalization;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Validation;

namespace CoopAssistant.Claims.Funds;

/// <summary>
/// Reads a file of funds: CSV (RFC 4180 quotes) separated by <c>;</c> (what Excel writes in pt-BR) or <c>,</c>, header names in
/// English or Portuguese in any order, case and accents. Columns: program, location (optional), usage start, usage end, amount,
/// currency. Dates are ISO (2026-01-01) or, with slashes, day first under Portuguese headers (31/12/2026) and month first under
/// English ones (12/31/2026); amounts use the header language's decimal separator (1.234,56 or 1,234.56). Pure: no storage.
/// The parts: <see cref="FundCsvRecords"/> splits the text into cells, <see cref="FundCsvColumns"/> maps the header,
/// <see cref="FundCsvLine"/> reads and validates a line; this class walks the file and decides what stops it.
/// </summary>
public static class FundCsv
{
    public const int MaxCharacters = 10 * 1024 * 1024;
    public const int MaxLines = 100_000;

    /// <summary>At most this many errors are listed (all are counted).</summary>
    public const int MaxErrorsListed = 200;

    private const string DefaultLanguage = "en-US";

    /// <summary>Whether the first line of <paramref name="text"/> names every required column of a funds file (in either language):
    /// how a CSV dropped into the chat is told apart from a CSV kept as evidence.</summary>
    public static bool HasFundsHeader(string? text) =>
        !string.IsNullOrWhiteSpace(text) && new FundCsvRecords(text).Next(out _, out var header, out var error) && !error
        && FundCsvColumns.HasRequired(header);

    /// <summary>The good lines and the errors of <paramref name="text"/>; nothing is stored.</summary>
    public static FundCsvResult Parse(string? text, ClaimsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new FundCsvErrors();
        var lines = new List<(int Line, NewFund Fund)>();
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(1, null, ClaimErrorCode.CsvEmpty, null);
            return Result(lines, errors, ',', DefaultLanguage);
        }

        if (text.Length > MaxCharacters)
        {
            errors.Add(1, null, ClaimErrorCode.CsvTooLarge, null);
            return Result(lines, errors, ',', DefaultLanguage);
        }

        var reader = new FundCsvRecords(text);
        if (!reader.Next(out var headerLine, out var headerCells, out var headerError) || headerCells.Count == 0)
        {
            errors.Add(1, null, headerError ? ClaimErrorCode.CsvUnterminatedQuote : ClaimErrorCode.CsvEmpty, null);
            return Result(lines, errors, reader.Separator, DefaultLanguage);
        }

        var header = FundCsvColumns.Map(headerCells);
        foreach (var missing in header.Missing)
        {
            errors.Add(headerLine, missing, ClaimErrorCode.CsvMissingColumn, null);
        }

        if (errors.Count > 0)
        {
            return Result(lines, errors, reader.Separator, header.Language);
        }

        var seen = new HashSet<(ClaimProgram, string, DateOnly, DateOnly, string)>();
        var count = 0;
        while (reader.Next(out var lineNumber, out var cells, out var quoteError))
        {
            if (quoteError)
            {
                errors.Add(lineNumber, null, ClaimErrorCode.CsvUnterminatedQuote, null);
                break;
            }

            if (cells.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            if (++count > MaxLines)
            {
                errors.Add(lineNumber, null, ClaimErrorCode.CsvTooLarge, null);
                break;
            }

            if (cells.Count != header.CellCount)
            {
                errors.Add(lineNumber, null, ClaimErrorCode.CsvColumnCount, cells.Count.ToString(CultureInfo.InvariantCulture));
                continue;
            }

            if (FundCsvLine.Read(lineNumber, cells, header, options, errors) is not { } fund)
            {
                continue;
            }

            if (!seen.Add((fund.Program, fund.Location ?? "", fund.UsageStart, fund.UsageEnd, fund.Currency)))
            {
                errors.Add(lineNumber, null, ClaimErrorCode.CsvDuplicateFund, null);
                continue;
            }

            lines.Add((lineNumber, fund));
        }

        if (lines.Count == 0 && errors.Count == 0)
        {
            errors.Add(headerLine, null, ClaimErrorCode.CsvEmpty, null);
        }

        return Result(lines, errors, reader.Separator, header.Language);
    }

    private static FundCsvResult Result(List<(int Line, NewFund Fund)> lines, FundCsvErrors errors, char separator, string language) =>
        new(lines, errors.Items, errors.Count, separator, language);
}

/// <summary>A parsed funds file: good lines with their line numbers, errors (listed up to <see cref="FundCsv.MaxErrorsListed"/>, all counted).</summary>
public sealed record FundCsvResult(IReadOnlyList<(int Line, NewFund Fund)> Lines, IReadOnlyList<FundImportError> Errors, int TotalErrors, char Separator, string HeaderLanguage);
