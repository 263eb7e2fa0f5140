using System.ComponentModel.DataAnnotations;

namespace CoopAssistant.Claims.Validation;

/// <summary>Configurable limits (section <c>Claims</c>). The evidence file rules are <see cref="EvidenceFileOptions"/>.</summary>
public sealed class ClaimsOptions
{
    public const string SectionName = "Claims";

    /// <summary>Amounts must be strictly below this ceiling (in the claim's currency).</summary>
    [Range(typeof(decimal), "1", "1000000000000", ParseLimitsInInvariantCulture = true)]
    public decimal AmountCeiling { get; set; } = 10_000_000m;

    /// <summary>Default number of days to answer a documentation request when the user does not give the date (unconfirmed in the sources).</summary>
    [Range(1, 365)]
    public int DefaultDocumentationResponseDays { get; set; } = 30;

    /// <summary>Incentives administrators seeded into the TenantRoles table at start.</summary>
    public IList<AdministratorEntry> Administrators { get; } = [];
}
