namespace CoopAssistant.Bot.Conversation.Claims.Package;

/// <summary>Claim package download links (section <c>ClaimPackage</c>).</summary>
public sealed class ClaimPackageOptions
{
    public const string SectionName = "ClaimPackage";

    /// <summary>The bot host's public address (https://…); when unset, the address the server listens on.</summary>
    public Uri? PublicBaseUrl { get; set; }

    /// <summary>How long a download link stays valid.</summary>
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromHours(1);
}
