using CoopAssistant.Claims.Model;

namespace CoopAssistant.Claims.Services;

public sealed record EvidenceView(
    Guid Id,
    EvidenceKind Kind,
    EvidenceSource Source,
    string Name,
    long SizeBytes,
    string? ContentType,
    string? DriveId,
    string? ItemId,
    Uri? WebUrl,
    string? ETag,
    string? QuickXorHash,
    string? Sha256,
    string AddedByObjectId,
    DateTimeOffset AddedAt,
    string? KeptCopyLocation,
    EvidenceSourceState? SourceState = null,
    DateTimeOffset? SourceCheckedAt = null,
    string? CTag = null)
{
    /// <summary>True for items that point at a OneDrive/SharePoint file whose content can be compared: its cTag (content tag) or
    /// quickXorHash was recorded (never the eTag alone, which also changes on a rename or move).</summary>
    public bool HasCheckableSource =>
        Source is EvidenceSource.OneDrive or EvidenceSource.SharePoint && DriveId is { Length: > 0 } && ItemId is { Length: > 0 }
        && (CTag is { Length: > 0 } || QuickXorHash is { Length: > 0 });

    internal static EvidenceView From(EvidenceItem e) => new(
        e.Id, e.Kind, e.Source, e.Name, e.SizeBytes, e.ContentType, e.DriveId, e.ItemId, e.WebUrl, e.ETag, e.QuickXorHash, e.Sha256,
        e.AddedByObjectId, e.AddedAt, e.KeptCopyLocation, e.SourceState, e.SourceCheckedAt, e.CTag);
}
