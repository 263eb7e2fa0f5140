using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Services;

namespace CoopAssistant.Bot.AddIn.Evidence;

/// <summary>The answer of a successful attach (201): the new evidence item and the claim's new version.</summary>
public sealed record AttachedEvidence(Guid ClaimId, long Version, AddInEvidence Evidence);

/// <summary>
/// An evidence item as the pane sees it: named by its id. Where the host keeps the copy (a path on its disk, or a drive item) never
/// leaves the host; a OneDrive or SharePoint copy is shown by its web link, which the user's own Microsoft 365 access guards.
/// </summary>
public sealed record AddInEvidence(Guid Id, EvidenceKind Kind, EvidenceSource Source, string Name, long SizeBytes, string? ContentType, Uri? WebUrl, string? Sha256, DateTimeOffset AddedAt)
{
    public static AddInEvidence From(EvidenceView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return new(view.Id, view.Kind, view.Source, view.Name, view.SizeBytes, view.ContentType, view.WebUrl, view.Sha256, view.AddedAt);
    }
}
