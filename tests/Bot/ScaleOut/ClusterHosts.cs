using System.Security.Cryptography.X509Certificates;
using CoopAssistant.Bot.Tests.Hosting;
using CoopAssistant.TestKit;
using CoopAssistant.TestKit.Hosting;
using CoopAssistant.TestKit.Tokens;
using CoopAssistant.TestKit.App.Hosting;

namespace CoopAssistant.Bot.Tests.ScaleOut;

/// <summary>N bot host processes on one PostgreSQL database, authentication on against the local token issuer (whose
/// self-signed TLS certificate the children trust through <c>SSL_CERT_FILE</c>).</summary>
internal sealed class ClusterHosts : IAsyncDisposable
{
    private readonly string _certificateFile;

    private ClusterHosts(IReadOnlyList<BotProcess> hosts, string certificateFile)
    {
        Hosts = hosts;
        _certificateFile = certificateFile;
    }

    public IReadOnlyList<BotProcess> Hosts { get; }

    public static async Task<ClusterHosts> StartAsync(int count, LocalTokenIssuer issuer, string connectionString, IDictionary<string, string?> extra)
    {
        issuer.Clients[BotHostFactory.AppId] = BotHostFactory.AppPassword;
        var certificateFile = Path.Combine(Path.GetTempPath(), $"coop-issuer-{Guid.NewGuid():N}.pem");
        await File.WriteAllTextAsync(certificateFile, issuer.Certificate.ExportCertificatePem());
        var settings = new Dictionary<string, string?>(extra)
        {
            ["SSL_CERT_FILE"] = certificateFile,
            ["ConnectionStrings__CoopAssistant"] = connectionString,
            ["MicrosoftAppId"] = BotHostFactory.AppId,
            ["MicrosoftAppPassword"] = BotHostFactory.AppPassword,
            ["MicrosoftAppType"] = "MultiTenant",
            ["BotFramework__OpenIdMetadataUrl"] = issuer.BotFrameworkMetadataUrl.ToString(),
            ["BotFramework__EntraInstance"] = issuer.BaseAddress.ToString(),
            ["BotFramework__MinimumKeyRefreshInterval"] = "00:00:01",
        };
        var hosts = await Task.WhenAll(Enumerable.Range(0, count).Select(_ => BotProcess.StartBuiltAsync(RepoPaths.Root, settings, TimeSpan.FromSeconds(90))));
        return new ClusterHosts(hosts, certificateFile);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var host in Hosts)
        {
            await host.DisposeAsync();
        }

        File.Delete(_certificateFile);
    }
}
