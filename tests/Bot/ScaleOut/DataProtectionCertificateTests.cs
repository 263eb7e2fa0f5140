using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using CoopAssistant.Bot.ScaleOut;
using CoopAssistant.Bot.Tests.Hosting;
using CoopAssistant.TestKit.Channel;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using CoopAssistant.TestKit.App.Hosting;

namespace CoopAssistant.Bot.Tests.ScaleOut;

/// <summary><c>DataProtection:CertificatePath</c> (infra/ mounts Key Vault's certificate there): the key ring in the database is
/// stored encrypted with the certificate, and a second host with the same certificate reads what the first protected.</summary>
public sealed class DataProtectionCertificateTests : IAsyncLifetime
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("coop-dp-cert-");
    private FakeTeamsChannel channel = null!;

    public async Task InitializeAsync() => channel = await FakeTeamsChannel.StartAsync("_connector");

    public async Task DisposeAsync()
    {
        await channel.DisposeAsync();
        folder.Delete(recursive: true);
    }

    [Fact]
    public async Task KeyRing_IsStoredEncrypted_AndAnotherHostWithTheCertificateReadsIt()
    {
        var certificate = WriteCertificate(base64: true);
        var database = $"Data Source={Path.Combine(folder.FullName, "shared.db")}";
        string protectedText;
        await using (var first = Host(certificate, database))
        {
            protectedText = first.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("co-op claim 42");
            var keys = first.Services.GetRequiredService<IOptions<KeyManagementOptions>>().Value.XmlRepository!.GetAllElements();
            Assert.NotEmpty(keys);
            Assert.All(keys, k => Assert.Contains("encryptedSecret", k.ToString(), StringComparison.Ordinal));
        }

        await using var second = Host(certificate, database);
        Assert.Equal("co-op claim 42", second.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(protectedText));
    }

    [Fact]
    public async Task WithoutTheSetting_TheKeyRingIsStoredAsBefore()
    {
        await using var host = Host(certificate: null, $"Data Source={Path.Combine(folder.FullName, "plain.db")}");
        host.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("x");
        var keys = host.Services.GetRequiredService<IOptions<KeyManagementOptions>>().Value.XmlRepository!.GetAllElements();
        Assert.NotEmpty(keys);
        Assert.All(keys, k => Assert.DoesNotContain("encryptedSecret", k.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public void Load_ReadsRawAndBase64Pkcs12_AndNamesTheSettingWhenTheFileIsNotACertificate()
    {
        Assert.True(DataProtectionCertificate.Load(WriteCertificate(base64: false)).HasPrivateKey);
        Assert.True(DataProtectionCertificate.Load(WriteCertificate(base64: true)).HasPrivateKey);

        var bad = Path.Combine(folder.FullName, "bad.pfx");
        File.WriteAllText(bad, "not a certificate");
        var error = Assert.Throws<InvalidOperationException>(() => DataProtectionCertificate.Load(bad));
        Assert.Contains(DataProtectionCertificate.PathSetting, error.Message, StringComparison.Ordinal);
        var missing = Assert.Throws<InvalidOperationException>(() => DataProtectionCertificate.Load(Path.Combine(folder.FullName, "missing.pfx")));
        Assert.Contains(DataProtectionCertificate.PathSetting, missing.Message, StringComparison.Ordinal);
    }

    private BotHostFactory Host(string? certificate, string database)
    {
        var settings = new Dictionary<string, string?> { ["ConnectionStrings:CoopAssistant"] = database };
        if (certificate is not null)
        {
            settings[DataProtectionCertificate.PathSetting] = certificate;
        }

        var host = new BotHostFactory(channel, settings: settings);
        host.StartServer();
        return host;
    }

    /// <summary>A self-signed certificate with its key as Key Vault exports it: PKCS#12 without a password, raw or base64.</summary>
    private string WriteCertificate(bool base64)
    {
        using var key = RSA.Create(2048);
        using var certificate = new CertificateRequest("CN=CoopAssistant Data Protection", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
            .CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var pkcs12 = certificate.Export(X509ContentType.Pkcs12);
        var path = Path.Combine(folder.FullName, $"dp-{Guid.NewGuid():N}.pfx");
        if (base64)
        {
            File.WriteAllText(path, Convert.ToBase64String(pkcs12));
        }
        else
        {
            File.WriteAllBytes(path, pkcs12);
        }

        return path;
    }
}
