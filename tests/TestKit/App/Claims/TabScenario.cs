using CoopAssistant.Claims.Access;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Services;
using CoopAssistant.Claims.Validation;

namespace CoopAssistant.TestKit.App.Claims;

/// <summary>Seeds claims through the real claims service: a draft whose deadline is <c>daysToDeadline</c> away (negative = passed),
/// optionally taken to Ready or Submitted (complete evidence first); digital advertising (no caps) unless <c>type</c> says otherwise.</summary>
public sealed class TabScenario(IClaimService claims, DateOnly today)
{
    public async Task<ClaimView> ClaimAsync(
        ClaimsCaller owner, string title, int daysToDeadline, decimal amount, string currency, ClaimStatus status = ClaimStatus.Draft, int evidence = 0,
        ActivityType type = ActivityType.DigitalAdvertising)
    {
        var usageEnd = today.AddDays(daysToDeadline - 45);
        var draft = new ClaimDraft(ClaimProgram.PartnerCoop, type, title, usageEnd.AddDays(-20), usageEnd, usageEnd.AddDays(-5),
            amount, currency, VendorsUsed: true, InHouseWork: false);
        var claim = Ok(await claims.CreateAsync(owner, draft, CancellationToken.None));
        var kinds = new[] { EvidenceKind.CoreRequirementDocumentation, EvidenceKind.ProofOfExecution, EvidenceKind.VendorInvoice };
        var count = status is ClaimStatus.Ready or ClaimStatus.Submitted ? kinds.Length : evidence;
        foreach (var kind in kinds.Take(count))
        {
            claim = Ok(await claims.AddEvidenceAsync(owner, claim.Id, claim.Version, new NewEvidence(kind, EvidenceSource.Local, $"{kind}.pdf", 10, "application/pdf"), CancellationToken.None));
        }

        if (status is ClaimStatus.Ready or ClaimStatus.Submitted)
        {
            // "Ready" waits for the evidence review of the last change, which runs in the background.
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (claim.Review is { IsPending: true })
            {
                if (DateTime.UtcNow > deadline)
                {
                    throw new TimeoutException("The evidence review of the claim did not finish within 30 seconds.");
                }

                await Task.Delay(50);
                claim = Ok(await claims.GetAsync(owner, claim.Id, CancellationToken.None));
            }
            claim = Ok(await claims.ChangeStatusAsync(owner, claim.Id, claim.Version, ClaimStatus.Ready, null, CancellationToken.None));
        }

        if (status == ClaimStatus.Submitted)
        {
            claim = Ok(await claims.ChangeStatusAsync(owner, claim.Id, claim.Version, ClaimStatus.Submitted, null, CancellationToken.None));
        }

        if (status == ClaimStatus.Expired)
        {
            claim = Ok(await claims.ChangeStatusAsync(owner, claim.Id, claim.Version, ClaimStatus.Expired, null, CancellationToken.None));
        }

        return claim;
    }

    /// <summary>Partner Center's request recorded on the claim; with no <paramref name="respondInDays"/> the person gave no date
    /// and the default is assumed.</summary>
    public async Task<ClaimView> AskForDocumentationAsync(ClaimsCaller owner, ClaimView claim, int? respondInDays, string asked) =>
        Ok(await claims.RecordDocumentationRequestAsync(owner, claim.Id, claim.Version,
            new NewDocumentationRequest(today, respondInDays is { } days ? today.AddDays(days) : null, asked), CancellationToken.None));

    private static ClaimView Ok(ClaimResult<ClaimView> result) =>
        result.Value ?? throw new InvalidOperationException($"seeding failed: {result.Outcome} {result.Code} {string.Join(", ", result.Errors.Select(e => e.Code))}");
}
