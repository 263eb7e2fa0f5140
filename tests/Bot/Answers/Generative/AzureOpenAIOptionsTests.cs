using CoopAssistant.Bot.Answers;
using CoopAssistant.Bot.Answers.Generative;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CoopAssistant.Bot.Tests.Answers.Generative;

public sealed class AzureOpenAIOptionsTests(KnowledgeBaseFixture fixture) : IClassFixture<KnowledgeBaseFixture>
{
    private AzureOpenAIOptions Read(Dictionary<string, string?> settings)
    {
        using var services = AzureOpenAIHarness.Services(fixture.Knowledge, settings);
        return services.GetRequiredService<IOptions<AzureOpenAIOptions>>().Value;
    }

    private string Failure(Dictionary<string, string?> settings) =>
        Assert.Throws<OptionsValidationException>(() => Read(settings)).Message;

    [Fact]
    public void Without_an_endpoint_the_mode_is_off_and_valid()
    {
        var options = Read([]);

        Assert.False(options.IsEnabled);
        Assert.Equal(TimeSpan.FromSeconds(8), options.Timeout);
    }

    [Fact]
    public void A_key_or_deployment_without_an_endpoint_is_refused()
    {
        Assert.Contains("Answers:AzureOpenAI:Endpoint is required", Failure(new() { ["Answers:AzureOpenAI:ChatDeployment"] = "chat" }), StringComparison.Ordinal);
        Assert.Contains("Answers:AzureOpenAI:Endpoint is required", Failure(new() { ["Answers:AzureOpenAI:ApiKey"] = "k" }), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://my-resource.openai.azure.com/", "must be an absolute https URL")]
    [InlineData("https://my-resource.openai.azure.com/openai/v1/", "the resource's address only")]
    [InlineData("https://my-resource.openai.azure.com/?api-version=2024-10-21", "the resource's address only")]
    [InlineData("https://my-resource.openai.azure.com/chat", "the resource's address only")]
    public void An_endpoint_that_is_not_the_resources_https_address_is_refused(string endpoint, string message)
    {
        var failure = Failure(new() { ["Answers:AzureOpenAI:Endpoint"] = endpoint, ["Answers:AzureOpenAI:ChatDeployment"] = "chat", ["Answers:AzureOpenAI:ApiKey"] = "k" });

        Assert.Contains(message, failure, StringComparison.Ordinal);
    }

    [Fact]
    public void An_endpoint_needs_a_deployment()
    {
        var failure = Failure(new() { ["Answers:AzureOpenAI:Endpoint"] = "https://my-resource.openai.azure.com/", ["Answers:AzureOpenAI:ApiKey"] = "k" });

        Assert.Contains("ChatDeployment is required with an endpoint", failure, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("00:00:00")]
    [InlineData("00:05:00")]
    public void A_timeout_outside_zero_to_two_minutes_is_refused(string timeout)
    {
        var failure = Failure(new()
        {
            ["Answers:AzureOpenAI:Endpoint"] = "https://my-resource.openai.azure.com/",
            ["Answers:AzureOpenAI:ChatDeployment"] = "chat",
            ["Answers:AzureOpenAI:ApiKey"] = "k",
            ["Answers:AzureOpenAI:Timeout"] = timeout,
        });

        Assert.Contains("Timeout must be above zero", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_key_the_app_needs_its_entra_identity_in_a_tenant()
    {
        var settings = new Dictionary<string, string?> { ["Answers:AzureOpenAI:Endpoint"] = "https://my-resource.openai.azure.com/", ["Answers:AzureOpenAI:ChatDeployment"] = "chat" };
        Assert.Contains("MicrosoftAppId is not set", Failure(settings), StringComparison.Ordinal);

        settings["MicrosoftAppId"] = "app-1";
        settings["MicrosoftAppPassword"] = "secret";
        Assert.Contains("MicrosoftAppTenantId is not set", Failure(settings), StringComparison.Ordinal);

        settings["MicrosoftAppTenantId"] = "tenant-1";
        Assert.True(Read(settings).IsEnabled);
    }

    [Fact]
    public async Task The_host_refuses_to_start_with_an_invalid_section()
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Answers:AzureOpenAI:Endpoint"] = "http://my-resource.openai.azure.com/" });
        builder.Services.AddSingleton(fixture.Knowledge);
        builder.Services.AddSingleton<IKnowledgeBase>(fixture.Knowledge);
        builder.Services.AddKnowledgeBase();
        using var host = builder.Build();
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(limit.Token));

        Assert.Contains("must be an absolute https URL", failure.Message, StringComparison.Ordinal);
    }
}
