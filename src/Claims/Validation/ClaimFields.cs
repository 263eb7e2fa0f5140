namespace CoopAssistant.Claims.Validation;

/// <summary>Field names used in <see cref="FieldError"/>.</summary>
public static class ClaimFields
{
    public const string Title = "title";
    public const string Program = "program";
    public const string ActivityType = "activityType";
    public const string UsageStart = "usageStart";
    public const string UsageEnd = "usageEnd";
    public const string ActivityDate = "activityDate";
    public const string Amount = "amount";
    public const string Currency = "currency";
    public const string VendorsUsed = "vendorsUsed";
    public const string InHouseWork = "inHouseWork";
    public const string EvidenceName = "evidence.name";
    public const string EvidenceSize = "evidence.size";
    public const string EvidenceKind = "evidence.kind";
    public const string EvidenceSource = "evidence.source";
    public const string RequestText = "request.whatWasAsked";
    public const string RespondBy = "request.respondBy";
    public const string Finding = "review.finding";
    public const string FindingReason = "review.reason";
    public const string PartnerLegalNames = "partner.legalNames";
    public const string PartnerTaxIds = "partner.taxIds";
}
