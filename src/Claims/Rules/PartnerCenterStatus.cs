using CoopAssistant.Claims.Model;

namespace CoopAssistant.Claims.Rules;

/// <summary>The name Partner Center shows for each of our statuses, where it is known. FACTS A ("create and manage an incentives
/// co-op claim"): the claim is "Editing" until submitted; statuses seen are Editing, Disputed, Approved, Rejected and Partner Action
/// Required. Submitted, paid and expired have no Partner Center name in the sources, so none is shown for them. The names are
/// Partner Center's English labels (its pt-BR labels are not in the sources).</summary>
public static class PartnerCenterStatus
{
    public static string? NameOf(ClaimStatus status) => status switch
    {
        ClaimStatus.Draft or ClaimStatus.Ready => "Editing",
        ClaimStatus.AdditionalDocumentationRequested => "Partner Action Required",
        ClaimStatus.Approved => "Approved",
        ClaimStatus.Rejected => "Rejected",
        ClaimStatus.Disputed => "Disputed",
        _ => null,
    };
}
