using CoopAssistant.Claims.Validation;

namespace CoopAssistant.Claims.Funds;

/// <summary>The errors of one funds file: all are counted, the first <see cref="FundCsv.MaxErrorsListed"/> are kept.</summary>
internal sealed class FundCsvErrors
{
    private readonly List<FundImportError> _items = [];

    public int Count { get; private set; }

    public IReadOnlyList<FundImportError> Items => _items;

    public void Add(int line, string? column, ClaimErrorCode code, string? value)
    {
        Count++;
        if (_items.Count < FundCsv.MaxErrorsListed)
        {
            _items.Add(new FundImportError(line, column, code, value));
        }
    }
}
