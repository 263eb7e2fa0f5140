namespace CoopAssistant.Claims.Funds;

/// <summary>Field names of a fund in errors (and the card's and dashboard's inputs).</summary>
public static class FundFields
{
    public const string Program = "fund.program";
    public const string Location = "fund.location";
    public const string UsageStart = "fund.usageStart";
    public const string UsageEnd = "fund.usageEnd";
    public const string Amount = "fund.amount";
    public const string Currency = "fund.currency";
}
