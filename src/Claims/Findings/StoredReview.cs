using System.Text.Json;
using System.Text.Json.Serialization;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Review;

namespace CoopAssistant.Claims.Findings;

/// <summary>The findings of a review as stored with the claim (<see cref="ClaimReview.Report"/>): codes by their stable text,
/// values typed, no acceptances (those are rows of their own, applied when read). <see cref="Format"/> changes only with a
/// migration of the stored JSON.</summary>
internal sealed record StoredReview(
    int Format,
    IReadOnlyList<StoredFinding> Findings,
    IReadOnlyList<StoredDocument> Documents,
    decimal SupportedAmount,
    string Currency,
    IReadOnlyList<Guid> Counted)
{
    public const int CurrentFormat = 1;

    public static StoredReview From(ReviewReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new StoredReview(
            CurrentFormat,
            [.. report.Findings.Select(f => new StoredFinding(FindingCodes.Stable(f.Code), f.Severity, f.DocumentId, f.DocumentName, f.Values))],
            [.. report.Documents.Select(d => new StoredDocument(d.DocumentId, d.Name, d.Kind, d.ReadStatus))],
            report.SupportedAmount.Amount,
            report.SupportedAmount.Currency,
            report.CountedDocuments);
    }

    /// <summary>The findings (codes this version does not know are left out), without acceptances.</summary>
    public IReadOnlyList<Finding> ToFindings() =>
        [.. Findings.Select(f => FindingCodes.Parse(f.Code) is { } code ? new Finding(code, f.Severity, f.DocumentId, f.DocumentName, f.Values) : null).OfType<Finding>()];

    public string Serialize() => JsonSerializer.Serialize(this, FindingsJsonContext.Default.StoredReview);

    public static StoredReview? Parse(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(json, FindingsJsonContext.Default.StoredReview);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

internal sealed record StoredFinding(string Code, ReviewSeverity Severity, Guid? DocumentId, string? DocumentName, IReadOnlyList<FindingValue> Values);

internal sealed record StoredDocument(Guid Id, string Name, EvidenceKind Kind, DocumentReadStatus ReadStatus);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(StoredReview))]
internal sealed partial class FindingsJsonContext : JsonSerializerContext;
