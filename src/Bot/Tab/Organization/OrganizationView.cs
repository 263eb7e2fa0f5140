namespace CoopAssistant.Bot.Tab.Organization;

/// <summary>The "Organization" view (Incentives administrators): exactly what its four panels draw.</summary>
public sealed record OrganizationView(
    DateOnly Today,
    IReadOnlyList<ExpiringWindow> Expiring,
    int AtRiskDays,
    IReadOnlyList<AmountAtRisk> AtRisk,
    int OpenDocumentationRequests,
    IReadOnlyList<OpenDocumentationRequest> DocumentationRequests,
    IReadOnlyList<MonthOutcome> Months)
{
    /// <summary>Unclaimed funds per program and currency (never added across currencies) with the next claim deadline of a fund
    /// that still has money: funds whose claim deadline has not passed.</summary>
    public IReadOnlyList<CoopAssistant.Claims.Funds.FundTotals> Funds { get; init; } = [];
}

/// <summary>Unsubmitted claims (draft or ready) whose deadline is between today and today + <see cref="Days"/>.</summary>
public sealed record ExpiringWindow(int Days, int Claims);

/// <summary>The sum of draft claims (not ready) whose deadline is within the at-risk days, in one currency.</summary>
public sealed record AmountAtRisk(string Currency, decimal Amount, int Claims);

/// <param name="AssumedDays">Null when the person entered the respond-by date; else the days the default assumed (the table says
/// "assumed: 30 days", as the claim card does).</param>
public sealed record OpenDocumentationRequest(
    Guid ClaimId, string Reference, string Title, string? OwnerDisplayName, DateOnly RequestedOn, DateOnly RespondBy, int DaysLeft, string WhatWasAsked,
    int? AssumedDays = null);

/// <summary>Claims whose deadline fell in <see cref="Month"/> (yyyy-MM): submitted to Partner Center (any status from Submitted on)
/// vs. expired (marked expired, or still draft or ready after the deadline).</summary>
public sealed record MonthOutcome(string Month, int Submitted, int Expired);
