using CoopAssistant.Documents.Reading;
using CoopAssistant.Documents.Review;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CoopAssistant.Documents.Tests;

public sealed class DocumentsServiceCollectionExtensionsTests
{
    [Fact]
    public void AddEvidenceReview_BindsTheReviewSection()
    {
        using var services = Build(new()
        {
            ["Review:MaxPages"] = "7",
            ["Review:MaxCharacters"] = "5000",
            ["Review:TimeBudgetPerDocument"] = "00:00:03",
            ["Review:MaxDecodedBytes"] = "1048576",
        });

        var options = services.GetRequiredService<IOptions<ReviewOptions>>().Value;

        Assert.Equal(7, options.MaxPages);
        Assert.Equal(5_000, options.MaxCharacters);
        Assert.Equal(TimeSpan.FromSeconds(3), options.TimeBudgetPerDocument);
        Assert.Equal(1L << 20, options.MaxDecodedBytes);
        Assert.NotNull(services.GetRequiredService<EvidenceReview>());
    }

    [Theory]
    [InlineData("Review:MaxPages", "0")]
    [InlineData("Review:MaxCharacters", "10")]
    [InlineData("Review:TimeBudgetPerDocument", "00:00:00")]
    [InlineData("Review:MaxParallelDocuments", "0")]
    public void AddEvidenceReview_RefusesLimitsOutOfRange_WithTheOptionNamed(string key, string value)
    {
        using var services = Build(new() { [key] = value });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<ReviewOptions>>().Value);

        Assert.Contains(key.Split(':')[1], error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddEvidenceReview();
        return services.BuildServiceProvider();
    }
}
