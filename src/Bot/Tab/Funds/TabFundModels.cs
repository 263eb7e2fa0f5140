using CoopAssistant.Claims.Funds;

namespace CoopAssistant.Bot.Tab.Funds;

/// <summary>The dashboard's "record a fund" form as posted: program (its name), location (optional), usage start and end
/// (yyyy-MM-dd), amount, currency. Strings, so a wrong value is a field error in the caller's language, not a broken body.</summary>
public sealed record TabFundInput(string? Program, string? Location, string? UsageStart, string? UsageEnd, decimal? Amount, string? Currency);

/// <summary>A fund recorded from the dashboard: new, its amount changed, or already recorded as entered.</summary>
public sealed record TabFundRecorded(FundImportAction Action, FundView Fund);

/// <summary>What a funds file would do (preview) or did (<see cref="Imported"/>): counts, the first lines, and every listed error
/// with its line number, column and message in the caller's language. <see cref="CanImport"/>: no error and at least one fund.</summary>
public sealed record TabFundImport(
    string FileName,
    bool Imported,
    bool CanImport,
    int Adds,
    int Changes,
    int Unchanged,
    int TotalErrors,
    IReadOnlyList<TabFundImportLine> Lines,
    IReadOnlyList<TabFundImportError> Errors);

public sealed record TabFundImportLine(int Line, string Program, string? Location, DateOnly UsageStart, DateOnly UsageEnd, decimal Amount, string Currency, FundImportAction Action, decimal? StoredAmount);

public sealed record TabFundImportError(int Line, string? Column, string Code, string Message, string? Value);
