using System.ComponentModel.DataAnnotations;

namespace CoopAssistant.Bot.Tab;

/// <summary>The claims dashboard tab (section <c>Tab</c>).</summary>
public sealed class TabOptions
{
    public const string SectionName = "Tab";

    /// <summary>How many of the caller's claims the timeline shows (most urgent first).</summary>
    [Range(1, 1000)]
    public int MaxTimelineClaims { get; set; } = 60;

    /// <summary>Closed claims stay on the timeline this many days after their deadline.</summary>
    [Range(0, 3650)]
    public int ClosedClaimsShownForDays { get; set; } = 30;

    /// <summary>A claim not ready this many days before its deadline counts as money at risk.</summary>
    [Range(0, 365)]
    public int AtRiskDays { get; set; } = 7;

    /// <summary>Months in the submitted-vs-expired chart (the current one included).</summary>
    [Range(1, 60)]
    public int Months { get; set; } = 12;

    /// <summary>How long a tenant's organization view is reused before its aggregates are queried again (0 = every request).
    /// The view is "at a glance": a minute old is fine, and it keeps many administrators off the tenant's 50,000 rows.</summary>
    [Range(0, 86_400)]
    public int OrganizationCacheSeconds { get; set; } = 60;

    /// <summary>How many open documentation requests the organization view lists (the total is always counted).</summary>
    [Range(1, 1000)]
    public int MaxDocumentationRequests { get; set; } = 25;
}
