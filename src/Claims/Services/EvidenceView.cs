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
    string? KeptCopyLocation)
{
    internal static EvidenceView From(EvidenceItem e) => new(
        e.Id, e.Kind, e.Source, e.Name, e.SizeBytes, e.ContentType, e.DriveId, e.ItemId, e.WebUrl, e.ETag, e.QuickXorHash, e.Sha256,
        e.AddedByObjectId, e.AddedAt, e.KeptCopyLocation);
}
