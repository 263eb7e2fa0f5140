using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using CoopAssistant.Protocol.Authentication;
using Microsoft.AspNetCore.DataProtection;

namespace CoopAssistant.Bot.ScaleOut;

/// <summary>
/// Encrypts the Data Protection key ring at rest with a certificate, given one of two ways:
/// <list type="bullet">
/// <item><c>DataProtection:CertificatePath</c>: a PKCS#12 file, raw or base64 as Key Vault hands a certificate's secret to Azure
/// Container Apps (infra/ mounts it as a file);</item>
/// <item><c>DataProtection:CertificateThumbprint</c>: a certificate with its private key in the <c>My</c> store of
/// <c>DataProtection:CertificateStoreLocation</c> (<c>CurrentUser</c>, the default, or <c>LocalMachine</c>), as on Windows or
/// App Service (<c>WEBSITE_LOAD_CERTIFICATES</c>).</item>
/// </list>
/// Keys written before stay readable; every new key is stored encrypted. Neither set: keys are stored in clear, and a host that is
/// not in local mode says so loudly at every start (docs/deploy.md makes the certificate a production requirement).
/// </summary>
public static class DataProtectionCertificate
{
    public const string PathSetting = "DataProtection:CertificatePath";
    public const string ThumbprintSetting = "DataProtection:CertificateThumbprint";
    public const string StoreLocationSetting = "DataProtection:CertificateStoreLocation";

    public static IServiceCollection AddDataProtectionCertificate(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var path = configuration[PathSetting];
        var thumbprint = configuration[ThumbprintSetting];
        if (!string.IsNullOrWhiteSpace(path) && !string.IsNullOrWhiteSpace(thumbprint))
        {
            throw new InvalidOperationException($"Set {PathSetting} or {ThumbprintSetting}, not both: they name the certificate that encrypts the key ring two ways.");
        }

        if (string.IsNullOrWhiteSpace(path) && string.IsNullOrWhiteSpace(thumbprint))
        {
            if (!(configuration.Get<BotOptions>() ?? new BotOptions()).IsLocalMode)
            {
                services.AddHostedService<KeyRingEncryptionWarning>();
            }

            return services;
        }

        var certificate = string.IsNullOrWhiteSpace(path) ? Find(thumbprint!, StoreLocationFrom(configuration[StoreLocationSetting])) : Load(path);
        services.AddDataProtection().ProtectKeysWithCertificate(certificate);
        return services;
    }

    /// <summary>The certificate with its private key whose SHA-1 thumbprint is <paramref name="thumbprint"/> in the <c>My</c> store of
    /// <paramref name="location"/>; a clear error naming the setting otherwise.</summary>
    public static X509Certificate2 Find(string thumbprint, StoreLocation location)
    {
        ArgumentNullException.ThrowIfNull(thumbprint);
        var wanted = thumbprint.Replace(" ", string.Empty, StringComparison.Ordinal).Replace(":", string.Empty, StringComparison.Ordinal).Trim().ToUpperInvariant();
        if (wanted.Length != 40 || !wanted.All(Uri.IsHexDigit))
        {
            throw new InvalidOperationException($"{ThumbprintSetting}: '{thumbprint}' is not a certificate thumbprint (40 hexadecimal digits).");
        }

        X509Certificate2Collection found;
        try
        {
            using var store = new X509Store(StoreName.My, location);
            store.Open(OpenFlags.ReadOnly);
            found = store.Certificates.Find(X509FindType.FindByThumbprint, wanted, validOnly: false);
        }
        catch (CryptographicException e)
        {
            throw new InvalidOperationException($"{ThumbprintSetting}: the {location}\\My certificate store cannot be opened on this machine ({e.Message}).", e);
        }

        var certificate = found.FirstOrDefault(c => c.HasPrivateKey);
        foreach (var other in found.Where(c => !ReferenceEquals(c, certificate)))
        {
            other.Dispose();
        }

        return certificate ?? throw new InvalidOperationException(found.Count == 0
            ? $"{ThumbprintSetting}: no certificate {wanted} in the {location}\\My store ({StoreLocationSetting})."
            : $"{ThumbprintSetting}: the certificate {wanted} in the {location}\\My store has no private key this host may use.");
    }

    private static StoreLocation StoreLocationFrom(string? value) =>
        string.IsNullOrWhiteSpace(value) ? StoreLocation.CurrentUser
        : Enum.TryParse<StoreLocation>(value, ignoreCase: true, out var location) && Enum.IsDefined(location) && !int.TryParse(value, out _) ? location
        : throw new InvalidOperationException($"{StoreLocationSetting}: '{value}' is not a store location (CurrentUser or LocalMachine).");

    /// <summary>The certificate with its private key from <paramref name="path"/>; a clear error naming the setting otherwise.</summary>
    public static X509Certificate2 Load(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException($"{PathSetting}: the certificate file '{path}' cannot be read ({e.GetType().Name}).", e);
        }

        var text = System.Text.Encoding.ASCII.GetString(bytes).Trim();
        var pkcs12 = bytes;
        var base64 = new byte[text.Length];
        if (Convert.TryFromBase64String(text, base64, out var written))
        {
            pkcs12 = base64[..written];
        }

        try
        {
            var certificate = X509CertificateLoader.LoadPkcs12(pkcs12, password: null, X509KeyStorageFlags.EphemeralKeySet);
            return certificate.HasPrivateKey
                ? certificate
                : throw new InvalidOperationException($"{PathSetting}: the certificate in '{path}' has no private key (give the PKCS#12 file, as Key Vault's certificate secret is).");
        }
        catch (CryptographicException e)
        {
            throw new InvalidOperationException($"{PathSetting}: '{path}' is not a PKCS#12 certificate without a password.", e);
        }
    }
}
