using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;

namespace CoopAssistant.Bot.ScaleOut;

/// <summary>
/// Encrypts the Data Protection key ring at rest with a certificate (<c>DataProtection:CertificatePath</c>): a PKCS#12 file, raw or
/// base64 as Key Vault hands a certificate's secret to Azure Container Apps (infra/ mounts it as a file). Keys written before stay
/// readable; every new key is stored encrypted. Unset = keys stored as before.
/// </summary>
public static class DataProtectionCertificate
{
    public const string PathSetting = "DataProtection:CertificatePath";

    public static IServiceCollection AddDataProtectionCertificate(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var path = configuration[PathSetting];
        if (string.IsNullOrWhiteSpace(path))
        {
            return services;
        }

        services.AddDataProtection().ProtectKeysWithCertificate(Load(path));
        return services;
    }

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
