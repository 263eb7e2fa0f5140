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

    /// <summary>Issue 20: the source lists the proof of every type but these five (it gives only their caps), so their hints say the
    /// cap and mark the proof as general advice; the others carry no such mark.</summary>
    [Fact]
    public void ProofHints_MarkAProofTheSourceDoesNotList_AsGeneralAdvice_InBothLanguages()
    {
        ActivityType[] adviceOnly = [ActivityType.SyndicatedContent, ActivityType.CustomerOffer, ActivityType.OnSiteChamp, ActivityType.MicrosoftHostedConference, ActivityType.DemoUnits];
        Assert.Equal(adviceOnly.Order(), Enum.GetValues<ActivityType>().Where(t => !ActivityTypeCatalog.ListsProof(t)).Order());
        foreach (var type in Enum.GetValues<ActivityType>())
        {
            var en = ClaimTexts.ProofHint(type, UserCulture.English);
            var pt = ClaimTexts.ProofHint(type, UserCulture.Portuguese);
            Assert.True(en.Contains("General advice", StringComparison.Ordinal) == adviceOnly.Contains(type), en);
            Assert.True(pt.Contains("Orientação geral", StringComparison.Ordinal) == adviceOnly.Contains(type), pt);
            Assert.DoesNotContain("ProofAdvice.", en + pt, StringComparison.Ordinal);
        }

        Assert.Equal(
            "Capped at $18,750 per usage period. General advice (Partner Center's list of proof by activity type names none for this one): the syndicated content itself.",
            ClaimTexts.ProofHint(ActivityType.SyndicatedContent, UserCulture.English));
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
