using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using CoopAssistant.Claims.Access;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace CoopAssistant.Bot.Conversation.Claims.Package;

/// <summary>
/// Short-lived, tamper-proof download links for claim packages, authorised without cookies: the claim id and the caller
/// are inside a token protected with ASP.NET Core Data Protection (<see cref="ITimeLimitedDataProtector"/>). The token
/// outlives its stated expiry by <see cref="Grace"/> so an expired link can be told apart from a forged one.
/// </summary>
public sealed class ClaimPackageLinks(IDataProtectionProvider dataProtection, TimeProvider time, IOptions<ClaimPackageOptions> options, IServer? server = null)
{
    public const string Path = "/claims/package";
    public const string TokenParameter = "t";
    public const string Purpose = "CoopAssistant.ClaimPackage.Link.v1";
    public static readonly TimeSpan Grace = TimeSpan.FromDays(7);

    private readonly ITimeLimitedDataProtector _protector = dataProtection.CreateProtector(Purpose).ToTimeLimitedDataProtector();

    public Uri Create(ClaimsCaller caller, Guid claimId, CultureInfo culture) =>
        Create(caller, claimId, culture, time.GetUtcNow() + options.Value.LinkLifetime);

    public Uri Create(ClaimsCaller caller, Guid claimId, CultureInfo culture, DateTimeOffset expiresAt)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(culture);
        var payload = new PackageLinkPayload(claimId, caller.TenantId, caller.UserObjectId, culture.Name, expiresAt.ToUnixTimeSeconds());
        var token = _protector.Protect(JsonSerializer.Serialize(payload, PackageLinkJsonContext.Default.PackageLinkPayload), expiresAt + Grace);
        return new Uri(BaseUrl(), Path + "?" + TokenParameter + "=" + Uri.EscapeDataString(token));
    }

    public (PackageLinkStatus Status, PackageLinkPayload? Payload) Read(string? token)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 4096)
        {
            return (PackageLinkStatus.Invalid, null);
        }

        PackageLinkPayload? payload;
        try
        {
            payload = JsonSerializer.Deserialize(_protector.Unprotect(token, out _), PackageLinkJsonContext.Default.PackageLinkPayload);
        }
        catch (Exception e) when (e is CryptographicException or FormatException or JsonException)
        {
            return (PackageLinkStatus.Invalid, null);
        }

        if (payload is null)
        {
            return (PackageLinkStatus.Invalid, null);
        }

        return time.GetUtcNow().ToUnixTimeSeconds() > payload.ExpiresAt
            ? (PackageLinkStatus.Expired, payload)
            : (PackageLinkStatus.Valid, payload);
    }

    private Uri BaseUrl()
    {
        if (options.Value.PublicBaseUrl is { } configured)
        {
            return configured;
        }

        var address = server?.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        if (address is null)
        {
            return new Uri("http://localhost/");
        }

        var uri = new UriBuilder(address.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal));
        if (uri.Host is "0.0.0.0" or "[::]" or "::")
        {
            uri.Host = "localhost";
        }

        return uri.Uri;
    }
}
