using System.Collections.Frozen;
using CoopAssistant.Claims.Model;

namespace CoopAssistant.Claims.Review;

/// <summary>What a proof of execution should show for each activity type (FACTS A: print ads — the final piece; digital
/// ads — screenshot, landing URL, click-through report; seminars — invitation, agenda, photos, registered guests; ...).
/// A proof that shows none of these draws a warning that lists them.</summary>
public static class ProofExpectations
{
    private static readonly FrozenDictionary<ActivityType, ProofItem[]> Expected = new Dictionary<ActivityType, ProofItem[]>
    {
        [ActivityType.PrintAdvertising] = [ProofItem.FinalPiece],
        [ActivityType.DigitalAdvertising] = [ProofItem.Screenshot, ProofItem.LandingUrl, ProofItem.ClickThroughReport],
        [ActivityType.DirectMarketing] = [ProofItem.SentPiece, ProofItem.DistributionProof],
        [ActivityType.WebsiteOrSeo] = [ProofItem.LandingUrl, ProofItem.Screenshot, ProofItem.StatementOfWork],
        [ActivityType.SyndicatedContent] = [ProofItem.LandingUrl, ProofItem.Screenshot],
        [ActivityType.Telemarketing] = [ProofItem.Script, ProofItem.CallCount, ProofItem.SuccessfulContacts],
        [ActivityType.Seminar] = [ProofItem.Invitation, ProofItem.Agenda, ProofItem.Photos, ProofItem.RegisteredGuests],
        [ActivityType.TradeShow] = [ProofItem.Invitation, ProofItem.BoothPhoto],
        [ActivityType.CustomerOffer] = [ProofItem.OfferDetails],
        [ActivityType.OnSiteChamp] = [ProofItem.EngagementRecord],
        [ActivityType.Readiness] = [ProofItem.CourseOrExamCode, ProofItem.CompletionDate],
        [ActivityType.MicrosoftHostedConference] = [ProofItem.Registration],
        [ActivityType.DemoUnits] = [ProofItem.UnitsList],
        [ActivityType.TelevisionOrRadio] = [ProofItem.PreApproval, ProofItem.BroadcastProof],
    }.ToFrozenDictionary();

    public static IReadOnlyList<ProofItem> For(ActivityType type) => Expected.TryGetValue(type, out var items) ? items : [];
}
