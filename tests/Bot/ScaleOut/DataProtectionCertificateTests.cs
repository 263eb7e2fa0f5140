using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using CoopAssistant.Bot.ScaleOut;
using CoopAssistant.Bot.Tests.Faults;
using CoopAssistant.Bot.Tests.Hosting;
using CoopAssistant.TestKit.Channel;
using CoopAssistant.TestKit.Tokens;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using CoopAssistant.TestKit.App.Hosting;

namespace CoopAssistant.Bot.Tests.ScaleOut;

/// <summary><c>DataProtection:CertificatePath</c> (infra/ mounts Key Vault's certificate there) or <c>DataProtection:CertificateThumbprint</c>
/// (a certificate in the My store): the key ring in the database is stored encrypted with the certificate, and a second host with
/// the same certificate reads what the first protected. Without either, a host outside local mode warns at every start.</summary>
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
    public async Task Thumbprint_FindsTheCertificateInTheCurrentUserStore_AndTheKeyRingIsStoredEncrypted()
    {
        using var certificate = CreateCertificate();
        using var store = new X509Store(StoreName.My, StoreLocation.CurrentUser);
        store.Open(OpenFlags.ReadWrite);
        using var stored = X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pkcs12), password: null, X509KeyStorageFlags.PersistKeySet | X509KeyStorageFlags.Exportable);
        store.Add(stored);
        try
        {
            var settings = new Dictionary<string, string?>
            {
                [DataProtectionCertificate.ThumbprintSetting] = certificate.Thumbprint.ToLowerInvariant(),
                [DataProtectionCertificate.StoreLocationSetting] = "CurrentUser",
            };
            var database = $"Data Source={Path.Combine(folder.FullName, "store.db")}";
            string protectedText;
            await using (var first = Host(null, database, settings))
            {
                protectedText = first.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("co-op claim 43");
                var keys = first.Services.GetRequiredService<IOptions<KeyManagementOptions>>().Value.XmlRepository!.GetAllElements();
                Assert.NotEmpty(keys);
                Assert.All(keys, k => Assert.Contains("encryptedSecret", k.ToString(), StringComparison.Ordinal));
                Assert.All(keys, k => Assert.Contains(Convert.ToBase64String(certificate.RawData), k.ToString(), StringComparison.Ordinal)); // encrypted to that certificate
            }

            await using var second = Host(null, database, settings);
            Assert.Equal("co-op claim 43", second.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(protectedText));
        }
        finally
        {
            store.Remove(stored);
        }
    }

    [Fact]
    public void Find_NamesTheSetting_WhenTheThumbprintIsMalformedOrNotInTheStore()
    {
        var malformed = Assert.Throws<InvalidOperationException>(() => DataProtectionCertificate.Find("not-a-thumbprint", StoreLocation.CurrentUser));
        Assert.Contains(DataProtectionCertificate.ThumbprintSetting, malformed.Message, StringComparison.Ordinal);
        var missing = Assert.Throws<InvalidOperationException>(() => DataProtectionCertificate.Find(new string('A', 40), StoreLocation.CurrentUser));
        Assert.Contains(DataProtectionCertificate.ThumbprintSetting, missing.Message, StringComparison.Ordinal);
        var machine = Assert.Throws<InvalidOperationException>(() => DataProtectionCertificate.Find(new string('B', 40), StoreLocation.LocalMachine));
        Assert.Contains(DataProtectionCertificate.ThumbprintSetting, machine.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BothSettings_RefuseToStart_NamingBoth()
    {
        var settings = new Dictionary<string, string?> { [DataProtectionCertificate.ThumbprintSetting] = new string('C', 40) };
        var error = Assert.ThrowsAny<Exception>(() => Host(WriteCertificate(base64: false), $"Data Source={Path.Combine(folder.FullName, "both.db")}", settings));
        Assert.Contains(DataProtectionCertificate.PathSetting, error.ToString(), StringComparison.Ordinal);
        Assert.Contains(DataProtectionCertificate.ThumbprintSetting, error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("authenticated, no certificate", true)]
    [InlineData("authenticated, with a certificate", false)]
    [InlineData("local mode, no certificate", false)]
    public async Task AHostOutsideLocalModeWithoutACertificate_WarnsAtStart(string setup, bool warns)
    {
        await using var issuer = await LocalTokenIssuer.StartAsync();
        var logs = new LogCapture();
        var settings = new Dictionary<string, string?> { ["ConnectionStrings:CoopAssistant"] = $"Data Source={Path.Combine(folder.FullName, "warn.db")}" };
        if (setup.Contains("with a certificate", StringComparison.Ordinal))
        {
            settings[DataProtectionCertificate.PathSetting] = WriteCertificate(base64: true);
        }

        await using (var host = new BotHostFactory(channel, setup.StartsWith("authenticated", StringComparison.Ordinal) ? issuer : null, settings, services => services.AddSingleton<ILoggerProvider>(logs)))
        {
            host.StartServer();
        }

        var warnings = logs.Entries.Where(e => e.Level == LogLevel.Warning && e.Message.Contains("DATA PROTECTION KEYS ARE STORED UNENCRYPTED", StringComparison.Ordinal)).ToList();
        Assert.Equal(warns ? 1 : 0, warnings.Count);
        if (warns)
        {
            Assert.Contains(DataProtectionCertificate.PathSetting, warnings[0].Message, StringComparison.Ordinal);
            Assert.Contains(DataProtectionCertificate.ThumbprintSetting, warnings[0].Message, StringComparison.Ordinal);
        }
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

    private BotHostFactory Host(string? certificate, string database, IDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>(extra ?? new Dictionary<string, string?>()) { ["ConnectionStrings:CoopAssistant"] = database };
        if (certificate is not null)
        {
            settings[DataProtectionCertificate.PathSetting] = certificate;
        }

        var host = new BotHostFactory(channel, settings: settings);
        try
        {
            host.StartServer();
        }
        catch
        {
            host.Dispose();
            throw;
        }

        return host;
    }

    /// <summary>A self-signed certificate with its key as Key Vault exports it: PKCS#12 without a password, raw or base64.</summary>
    private string WriteCertificate(bool base64)
    {
        using var certificate = CreateCertificate();
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

    private static X509Certificate2 CreateCertificate()
    {
        using var key = RSA.Create(2048);
        return new CertificateRequest("CN=CoopAssistant Data Protection", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
            .CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
    }
}
