using CoopAssistant.Bot.BrowserApi;
using CoopAssistant.Claims.Access;
using CoopAssistant.Claims.Localization;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Rules;
using CoopAssistant.Claims.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoopAssistant.Bot.Tab.MyClaims;

/// <summary>The caller's own claims for the timeline: open ones, and closed ones until a while after their deadline; one query
/// that brings which evidence kinds each claim has (not the evidence rows) for the checklist.</summary>
public sealed class TimelineQuery(ClaimsDatabase database, ClaimClock clock, IOptions<TabOptions> options)
{
    private static readonly ClaimStatus[] Closed = [.. ClaimStatusGroups.Closed];

    public async Task<Timeline> RunAsync(ClaimsCaller caller, System.Globalization.CultureInfo culture, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var today = await clock.TodayAsync(caller.TenantId, caller.UserObjectId, cancellationToken);
        if (!ClaimAccessPolicy.IsValid(caller))
        {
            return new Timeline(caller.DisplayName, false, today, []);
        }

        var owner = caller.UserObjectId;
        var closedSince = today.AddDays(-options.Value.ClosedClaimsShownForDays);
        await using var context = database.ForTenant(caller.TenantId);
        var rows = await context.Claims.AsNoTracking()
            .Where(ClaimAccessPolicy.Visible(caller))
            .Where(c => c.OwnerObjectId == owner && (!Closed.Contains(c.Status) || c.Deadline >= closedSince))
            .OrderBy(c => c.UrgencyDate).ThenBy(c => c.Id)
            .Take(options.Value.MaxTimelineClaims)
            .Select(c => new
            {
                c.Id, c.Title, c.Status, c.UsageStart, c.UsageEnd, c.Deadline, c.UrgencyDate, c.Amount, c.Currency, c.VendorsUsed, c.InHouseWork,
                // One EXISTS per kind (SQLite has no APPLY for a collection projection under TAKE).
                Core = c.Evidence.Any(e => e.Kind == EvidenceKind.CoreRequirementDocumentation),
                Invoice = c.Evidence.Any(e => e.Kind == EvidenceKind.VendorInvoice),
                Certification = c.Evidence.Any(e => e.Kind == EvidenceKind.CertificationStatement),
                Proof = c.Evidence.Any(e => e.Kind == EvidenceKind.ProofOfExecution),
            })
            .ToListAsync(cancellationToken);

        var claims = rows.Select(c =>
        {
            var present = new[] { (c.Core, EvidenceKind.CoreRequirementDocumentation), (c.Invoice, EvidenceKind.VendorInvoice),
                (c.Certification, EvidenceKind.CertificationStatement), (c.Proof, EvidenceKind.ProofOfExecution) };
            var checklist = Checklist.Evaluate(c.VendorsUsed, c.InHouseWork, present.Where(p => p.Item1).Select(p => p.Item2));
            var required = checklist.Items.Count(i => i.Required);
            return new TimelineClaim(
                c.Id, ClaimNumber.For(c.Id), c.Title, c.Status, ClaimTexts.WithPartnerCenterName(c.Status, culture),
                TabUrgencyRule.For(c.Status, c.UrgencyDate.DayNumber - today.DayNumber),
                c.UsageStart, c.UsageEnd, c.Deadline, c.Deadline.DayNumber - today.DayNumber,
                required - checklist.Missing.Count, required, c.Amount, c.Currency);
        }).ToList();
        return new Timeline(caller.DisplayName, caller.IsIncentivesAdministrator, today, claims);
    }
}
