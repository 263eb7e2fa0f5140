using System.Collections.Frozen;
using CoopAssistant.Claims.Model;

namespace CoopAssistant.Claims.Rules;

/// <summary>Caps and pre-approval per activity type, as data (FACTS A). Hints are in <see cref="Localization.ClaimTexts"/>; the source
/// lists a proof for every type but the ones with <c>ProofListed: false</c> (it gives only their caps).</summary>
public static class ActivityTypeCatalog
{
    private const string Usd = "USD";

    /// <summary>Partner Center "core requirements" (the 2020 copy in MicrosoftDocs/partner-center-pr.de-de states every cap below;
    /// FACTS A, "Proof of execution by activity type").</summary>
    private static readonly Uri CoreRequirements = new("https://learn.microsoft.com/partner-center/incentives/core-requirements");

    /// <summary>The one table of activity types, their caps and pre-approval. Each cap row names its source.</summary>
    private static readonly FrozenDictionary<ActivityType, ActivityTypeInfo> Entries = new ActivityTypeInfo[]
    {
        new(ActivityType.PrintAdvertising, [], false),
        new(ActivityType.DigitalAdvertising, [], false),
        new(ActivityType.DirectMarketing, [], false),
        new(ActivityType.WebsiteOrSeo, [], false),
        // "syndicated content — capped at $18,750 per usage period"
        new(ActivityType.SyndicatedContent, [new(CapKind.AmountPerUsagePeriod, CoreRequirements, Amount: 18_750m, Currency: Usd)], false, ProofListed: false),
        new(ActivityType.Telemarketing, [], false),
        new(ActivityType.Seminar, [], false),
        new(ActivityType.TradeShow, [], false),
        // "customer offers / SPIFFs — up to 25% of co-op funds (100% for Surface)"
        new(ActivityType.CustomerOffer, [new(CapKind.ShareOfFunds, CoreRequirements, Share: 0.25m, SurfaceShare: 1m)], false, ProofListed: false),
        // "on-site champ — up to 50% (100% Surface)"
        new(ActivityType.OnSiteChamp, [new(CapKind.ShareOfFunds, CoreRequirements, Share: 0.50m, SurfaceShare: 1m)], false, ProofListed: false),
        new(ActivityType.Readiness, [], false),
        // "Microsoft-hosted conferences — at most 3 attendees, $5,000 per person, $45,000 per period"
        new(ActivityType.MicrosoftHostedConference,
        [
            new(CapKind.Attendees, CoreRequirements, Count: 3),
            new(CapKind.AmountPerPerson, CoreRequirements, Amount: 5_000m, Currency: Usd),
            new(CapKind.AmountPerUsagePeriod, CoreRequirements, Amount: 45_000m, Currency: Usd),
        ], false, ProofListed: false),
        // "demo units — the greater of 10% or $3,000"
        new(ActivityType.DemoUnits, [new(CapKind.GreaterOfShareOrAmount, CoreRequirements, Amount: 3_000m, Currency: Usd, Share: 0.10m)], false, ProofListed: false),
        // "TV/radio — third-party invoice or CSR, with pre-approval"
        new(ActivityType.TelevisionOrRadio, [], true),
    }.ToFrozenDictionary(e => e.Type);

    public static IReadOnlyCollection<ActivityTypeInfo> All => Entries.Values;

    public static ActivityTypeInfo Get(ActivityType type) =>
        Entries.TryGetValue(type, out var info) ? info : throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown activity type.");

    /// <summary>The per-usage-period amount cap that a single claim in <paramref name="currency"/> can be checked against, if any.</summary>
    public static decimal? AmountCapPerUsagePeriod(ActivityType type, string currency) =>
        Entries.TryGetValue(type, out var info)
            ? info.Caps.FirstOrDefault(c => c.Kind == CapKind.AmountPerUsagePeriod && string.Equals(c.Currency, currency, StringComparison.OrdinalIgnoreCase))?.Amount
            : null;

    /// <summary>Whether the source's list of proof by activity type names <paramref name="type"/>'s proof (true for an unknown type:
    /// nothing to mark).</summary>
    public static bool ListsProof(ActivityType type) => !Entries.TryGetValue(type, out var info) || info.ProofListed;

    /// <summary>Whether <paramref name="type"/> has a cap that is a share of the co-op funds (checked against the imported funds).</summary>
    public static bool HasShareOfFundsCap(ActivityType type) =>
        Entries.TryGetValue(type, out var info) && info.Caps.Any(c => c.Kind is CapKind.ShareOfFunds or CapKind.GreaterOfShareOrAmount);
}
