using System.ComponentModel.DataAnnotations;

namespace CoopAssistant.Bot.Conversation.Claims.Package;

/// <summary>Claim package download links (section <c>ClaimPackage</c>).</summary>
public sealed class ClaimPackageOptions
{
    public const string SectionName = "ClaimPackage";

    /// <summary>The bot host's public address (https://…); when unset, the address the server listens on.</summary>
    public Uri? PublicBaseUrl { get; set; }

    /// <summary>How long a download link stays valid.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00", ParseLimitsInInvariantCulture = true)]
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromHours(1);
}
