namespace CoopAssistant.Claims.Rules;

/// <summary>When an approved claim should have been paid (FACTS A, older support articles: a claim approved before the 14th of
/// a month is paid that month), and the payment facts the late-payment card explains (the $200 threshold, bank and tax profiles).</summary>
public static class PaymentRules
{
    /// <summary>Approved before this day of the month: paid in the same month.</summary>
    public const int SameMonthCutoffDay = 14;

    /// <summary>Payments are made only above this accumulated amount per program and earning type (Partner Center payments FAQ).</summary>
    public const decimal PaymentThresholdUsd = 200m;

    /// <summary>The last day of the month the payment is expected in.</summary>
    public static DateOnly ExpectedBy(DateOnly approvedOn)
    {
        var month = new DateOnly(approvedOn.Year, approvedOn.Month, 1);
        var payMonth = approvedOn.Day < SameMonthCutoffDay ? month : month.AddMonths(1);
        return payMonth.AddMonths(1).AddDays(-1);
    }

    /// <summary>An approved, unpaid claim whose expected payment month is over.</summary>
    public static bool IsLate(Model.ClaimStatus status, DateOnly? approvedOn, DateOnly today) =>
        status == Model.ClaimStatus.Approved && approvedOn is { } on && today > ExpectedBy(on);
}
