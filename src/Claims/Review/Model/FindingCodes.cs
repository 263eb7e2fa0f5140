namespace CoopAssistant.Claims.Review;

/// <summary>The stable text codes of <see cref="FindingCode"/> (stored, exported, named in the docs).</summary>
public static class FindingCodes
{
    public static string Stable(FindingCode code) => code switch
    {
        FindingCode.NoCostBasis => "no-cost-basis",
        FindingCode.InvoiceDateOutsidePeriod => "invoice-date-outside-period",
        FindingCode.ExecutionDateOutsidePeriod => "execution-date-outside-period",
        FindingCode.CurrencyMismatch => "currency-mismatch",
        FindingCode.AmountNotSupported => "amount-not-supported",
        FindingCode.SelfIssuedInvoice => "self-issued-invoice",
        FindingCode.DuplicateFile => "duplicate-file",
        FindingCode.DuplicateInvoice => "duplicate-invoice",
        FindingCode.ProofMissingExpected => "proof-missing-expected",
        FindingCode.Unreadable => "unreadable",
        FindingCode.Encrypted => "encrypted",
        FindingCode.Corrupt => "corrupt",
        FindingCode.RefusedContent => "refused-content",
        FindingCode.PartiallyRead => "partially-read",
        FindingCode.InvalidTaxId => "invalid-tax-id",
        FindingCode.TotalNotFound => "total-not-found",
        FindingCode.DateOrderAssumed => "date-order-assumed",
        FindingCode.Unavailable => "unavailable",
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "Unknown finding code."),
    };

    /// <summary>The code for a stable text code, or null when the text names none.</summary>
    public static FindingCode? Parse(string? stable) =>
        Enum.GetValues<FindingCode>().Cast<FindingCode?>().FirstOrDefault(c => string.Equals(Stable(c!.Value), stable, StringComparison.Ordinal));

    /// <summary>Whether an administrator may accept a blocking finding of this code with a reason (an invoice legitimately
    /// split across two activities). Every other blocking finding must be fixed.</summary>
    public static bool AdministratorMayAccept(FindingCode code) => code is FindingCode.DuplicateFile or FindingCode.DuplicateInvoice;
}
