using CoopAssistant.Claims.Validation;

namespace CoopAssistant.Claims.Funds;

public enum FundImportAction
{
    Add = 0,
    ChangeAmount = 1,
    Unchanged = 2,
}

/// <summary>One good line of a funds file and what importing it does (a changed amount shows the stored one).</summary>
public sealed record FundImportLine(int Line, NewFund Fund, FundImportAction Action, decimal? StoredAmount);

/// <summary>A problem on one line (1 = the header) and column of a funds file. <see cref="Value"/> is the cell as written (cut).</summary>
public sealed record FundImportError(int Line, string? Column, ClaimErrorCode Code, string? Value);

/// <summary>What a funds file would do (preview) or did (import: <see cref="Imported"/>): its good lines, its errors, and the
/// separator and header language it was read with. A file with an error is never imported, not even its good lines.</summary>
public sealed record FundImportPreview(
    IReadOnlyList<FundImportLine> Lines, IReadOnlyList<FundImportError> Errors, int TotalErrors, char Separator, string HeaderLanguage, bool Imported)
{
    public int Adds => Lines.Count(l => l.Action == FundImportAction.Add);

    public int Changes => Lines.Count(l => l.Action == FundImportAction.ChangeAmount);

    public int Unchanged => Lines.Count(l => l.Action == FundImportAction.Unchanged);

    public bool CanImport => TotalErrors == 0 && Lines.Count > 0;
}
