using CoopAssistant.Bot.Conversation.Claims.ClaimCard;
using CoopAssistant.Bot.Conversation.Claims.Turns;
using CoopAssistant.Bot.Conversation.Claims.Package;
using CoopAssistant.Claims.Access;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Services;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace CoopAssistant.Bot.Tests.Conversation.Claims;

/// <summary>Claims in every state, built directly as <see cref="ClaimView"/>s, for card tests.</summary>
internal static class ClaimSamples
{
    public const string Tenant = "tenant-1";
    public const string Owner = "owner-1";
    public static readonly DateOnly Today = new(2026, 11, 24);

    public static ClaimsCaller OwnerCaller { get; } = new(Tenant, Owner, "Alex Wilber", false);

    public static ClaimsCaller Administrator { get; } = new(Tenant, "admin-1", "Megan Bowen", true);

    public static ClaimTurn OwnerTurn { get; } = new(OwnerCaller, TimeZoneInfo.Utc, Today, "a:conv", "29:owner");

    public static ClaimTurn AdministratorTurn { get; } = new(Administrator, TimeZoneInfo.Utc, Today, "a:conv-admin", "29:admin");

    public static ClaimPackageLinks Links { get; } = new(
        new EphemeralDataProtectionProvider(),
        TimeProvider.System,
        Options.Create(new ClaimPackageOptions { PublicBaseUrl = new Uri("https://bot.example.com/") }));

    public static ClaimCardFactory Cards { get; } = new(Links);

    public static EvidenceView Evidence(EvidenceKind kind, string name, string? url = "https://contoso.sharepoint.com/sites/mkt/Shared Documents/file (1).pdf") => new(
        Guid.NewGuid(), kind, EvidenceSource.OneDrive, name, 12_345, "application/pdf", "drive", "item",
        url is null ? null : new Uri(url), "etag", "qxh==", "ab12cd", Owner, DateTimeOffset.Parse("2026-11-01T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture), null);

    public static ClaimView Claim(
        ClaimStatus status = ClaimStatus.Draft,
        string title = "Webinar on Microsoft 365 security",
        bool vendors = true,
        bool inHouse = true,
        IReadOnlyList<EvidenceView>? evidence = null,
        IReadOnlyList<DocumentationRequestView>? requests = null,
        int deadlineInDays = 10,
        string owner = Owner)
    {
        var deadline = Today.AddDays(deadlineInDays);
        var usageEnd = deadline.AddDays(-45);
        return new ClaimView(
            Guid.NewGuid(), Tenant, owner, "Alex Wilber", ClaimProgram.PartnerCoop, ActivityType.Seminar, title,
            usageEnd.AddMonths(-6).AddDays(1), usageEnd, usageEnd.AddDays(-20), 1234.5m, "USD", vendors, inHouse, status,
            deadline, usageEnd.AddMonths(24), deadline, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, 3,
            evidence ?? [], requests ?? []);
    }

    public static IReadOnlyList<EvidenceView> CompleteEvidence() =>
    [
        Evidence(EvidenceKind.CoreRequirementDocumentation, "agenda.pdf"),
        Evidence(EvidenceKind.VendorInvoice, "invoice [1](https://evil.example).pdf"),
        Evidence(EvidenceKind.CertificationStatement, "csr.docx", url: null),
        Evidence(EvidenceKind.ProofOfExecution, "photos.zip", url: "javascript:alert(1)"),
    ];
}
