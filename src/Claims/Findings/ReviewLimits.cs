namespace CoopAssistant.Claims.Findings;

/// <summary>Lengths of what the review stores.</summary>
public static class ReviewLimits
{
    /// <summary>The reason given when accepting a finding.</summary>
    public const int ReasonMaxLength = 500;

    /// <summary>An invoice key: issuer id (or name) and number.</summary>
    public const int InvoiceKeyMaxLength = 300;
}
