using CoopAssistant.Graph.Evidence;
using CoopAssistant.Graph.Local;
using CoopAssistant.Graph.Files;
using CoopAssistant.Graph.Options;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CoopAssistant.Graph.Tests;

public sealed class AddEvidenceTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddEvidence(configuration).AddInMemoryEvidenceTokenStorage();
        return services.BuildServiceProvider();
    }

    [Fact]
    public void AddEvidence_WithoutGraphConfiguration_UsesTheLocalStore()
    {
        using var sp = Build([]);

        Assert.IsType<LocalEvidenceStore>(Assert.IsType<QuotaEvidenceStore>(sp.GetRequiredService<IEvidenceStore>()).Inner); // every upload counted (issue 19, item 3)
    }

    [Fact]
    public void AddEvidence_WithAnAppRegistration_UsesGraph()
    {
        using var sp = Build(new() { ["AzureAd:ClientId"] = "app", ["AzureAd:ClientSecret"] = "secret", ["AzureAd:ApplicationIdUri"] = "api://coop.contoso.com/botid-app" });

        Assert.IsType<GraphEvidenceStore>(Assert.IsType<QuotaEvidenceStore>(sp.GetRequiredService<IEvidenceStore>()).Inner); // every upload counted (issue 19, item 3)
    }

    [Theory]
    [InlineData(null)]
    [InlineData("api://botid-app")]
    [InlineData("api://app")]
    [InlineData("api://coop.contoso.com/app")]
    [InlineData("https://coop.contoso.com/botid-app")]
    public void AddEvidence_WithAClientIdButNoApplicationIdUriOfTheOneRegistration_FailsWithWhatToSet(string? applicationIdUri)
    {
        using var sp = Build(new() { ["AzureAd:ClientId"] = "app", ["AzureAd:ClientSecret"] = "secret", ["AzureAd:ApplicationIdUri"] = applicationIdUri });

        var error = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<SsoOptions>>().Value);
        Assert.Contains("AzureAd:ApplicationIdUri must be api://{the host's domain}/botid-{AzureAd:ClientId}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddEvidence_GraphDisabled_UsesTheLocalStoreEvenWithAnAppRegistration()
    {
        using var sp = Build(new() { ["AzureAd:ClientId"] = "app", ["AzureAd:ClientSecret"] = "secret", ["Graph:Enabled"] = "false" });

        Assert.IsType<LocalEvidenceStore>(Assert.IsType<QuotaEvidenceStore>(sp.GetRequiredService<IEvidenceStore>()).Inner); // every upload counted (issue 19, item 3)
    }

    [Fact]
    public void AddEvidence_ConfiguredExtensions_ReplaceTheDefaults()
    {
        using var sp = Build(new() { ["Evidence:AllowedExtensions:0"] = "pdf" });
        var policy = sp.GetRequiredService<IEvidenceFilePolicy>();

        Assert.Null(policy.Check("a.pdf", 10));
        Assert.Equal(EvidenceErrorCode.TypeNotAllowed, policy.Check("a.png", 10));
    }
}
