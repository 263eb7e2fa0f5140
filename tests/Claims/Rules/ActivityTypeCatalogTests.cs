using CoopAssistant.Claims.Localization;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Rules;

namespace CoopAssistant.Claims.Tests.Rules;

public class ActivityTypeCatalogTests
{
    [Fact]
    public void EveryActivityType_HasAnEntry_AndHintsInBothLanguages()
    {
        foreach (var type in Enum.GetValues<ActivityType>())
        {
            Assert.Equal(type, ActivityTypeCatalog.Get(type).Type);
            var en = ClaimTexts.ProofHint(type, UserCulture.English);
            var pt = ClaimTexts.ProofHint(type, UserCulture.Portuguese);
            Assert.DoesNotContain("ProofHint.", en);
            Assert.NotEqual(en, pt);
        }

        Assert.Equal(Enum.GetValues<ActivityType>().Length, ActivityTypeCatalog.All.Count);
    }

    [Fact]
    public void Caps_ComeFromTheCoreRequirements()
    {
        Assert.Equal(18_750m, ActivityTypeCatalog.AmountCapPerUsagePeriod(ActivityType.SyndicatedContent, "USD"));
        Assert.Null(ActivityTypeCatalog.AmountCapPerUsagePeriod(ActivityType.SyndicatedContent, "BRL"));
        Assert.Null(ActivityTypeCatalog.AmountCapPerUsagePeriod(ActivityType.Seminar, "USD"));

        var conference = ActivityTypeCatalog.Get(ActivityType.MicrosoftHostedConference).Caps;
        Assert.Contains(conference, c => c is { Kind: CapKind.Attendees, Count: 3 });
        Assert.Contains(conference, c => c is { Kind: CapKind.AmountPerPerson, Amount: 5_000m });
        Assert.Contains(conference, c => c is { Kind: CapKind.AmountPerUsagePeriod, Amount: 45_000m });

        Assert.Contains(ActivityTypeCatalog.Get(ActivityType.CustomerOffer).Caps, c => c is { Kind: CapKind.ShareOfFunds, Share: 0.25m, SurfaceShare: 1m });
        Assert.Contains(ActivityTypeCatalog.Get(ActivityType.OnSiteChamp).Caps, c => c is { Kind: CapKind.ShareOfFunds, Share: 0.50m });
        Assert.Contains(ActivityTypeCatalog.Get(ActivityType.DemoUnits).Caps, c => c is { Kind: CapKind.GreaterOfShareOrAmount, Share: 0.10m, Amount: 3_000m });
        Assert.True(ActivityTypeCatalog.Get(ActivityType.TelevisionOrRadio).RequiresPreApproval);
        Assert.False(ActivityTypeCatalog.Get(ActivityType.Seminar).RequiresPreApproval);
    }
}
