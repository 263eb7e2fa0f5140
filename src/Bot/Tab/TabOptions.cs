namespace CoopAssistant.Bot.Tab;

/// <summary>The claims dashboard tab (section <c>Tab</c>).</summary>
public sealed class TabOptions
{
    public const string SectionName = "Tab";

    /// <summary>How many of the caller's claims the timeline shows (most urgent first).</summary>
    public int MaxTimelineClaims { get; set; } = 60;

    /// <summary>Closed claims stay on the timeline this many days after their deadline.</summary>
    public int ClosedClaimsShownForDays { get; set; } = 30;

    /// <summary>A claim not ready this many days before its deadline counts as money at risk.</summary>
    public int AtRiskDays { get; set; } = 7;

    /// <summary>Months in the submitted-vs-expired chart (the current one included).</summary>
    public int Months { get; set; } = 12;

    /// <summary>How long a tenant's organisation view is reused before its aggregates are queried again (0 = every request).
    /// The view is "at a glance": a minute old is fine, and it keeps many administrators off the tenant's 50,000 rows.</summary>
    public int OrganisationCacheSeconds { get; set; } = 60;

    /// <summary>How many open documentation requests the organisation view lists (the total is always counted).</summary>
    public int MaxDocumentationRequests { get; set; } = 25;
}
