using System.Collections.Frozen;
using CoopAssistant.Claims.Model;

namespace CoopAssistant.Claims.Rules;

/// <summary>Caps and pre-approval per activity type, as data (FACTS A). Hints are in <see cref="Localization.ClaimTexts"/>.</summary>
public static class ActivityTypeCatalog
{
    private const string Usd = "USD";

    private static readonly FrozenDictionary<ActivityType, ActivityTypeInfo> Entries = new ActivityTypeInfo[]
    {
        new(ActivityType.PrintAdvertising, [], false),
        new(ActivityType.DigitalAdvertising, [], false),
        new(ActivityType.DirectMarketing, [], false),
        new(ActivityType.WebsiteOrSeo, [], false),
        new(ActivityType.SyndicatedContent, [new(CapKind.AmountPerUsagePeriod, Amount: 18_750m, Currency: Usd)], false),
        new(ActivityType.Telemarketing, [], false),
        new(ActivityType.Seminar, [], false),
        new(ActivityType.TradeShow, [], false),
        new(ActivityType.CustomerOffer, [new(CapKind.ShareOfFunds, Share: 0.25m, SurfaceShare: 1m)], false),
        new(ActivityType.OnSiteChamp, [new(CapKind.ShareOfFunds, Share: 0.50m, SurfaceShare: 1m)], false),
        new(ActivityType.Readiness, [], false),
        new(ActivityType.MicrosoftHostedConference,
        [
            new(CapKind.Attendees, Count: 3),
            new(CapKind.AmountPerPerson, Amount: 5_000m, Currency: Usd),
            new(CapKind.AmountPerUsagePeriod, Amount: 45_000m, Currency: Usd),
        ], false),
        new(ActivityType.DemoUnits, [new(CapKind.GreaterOfShareOrAmount, Amount: 3_000m, Currency: Usd, Share: 0.10m)], false),
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
}
