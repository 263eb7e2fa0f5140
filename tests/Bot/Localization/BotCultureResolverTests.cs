using CoopAssistant.Bot.Localization;
using CoopAssistant.Protocol.Schema;
using Microsoft.Extensions.Options;

namespace CoopAssistant.Bot.Tests.Localization;

public class BotCultureResolverTests
{
    private static readonly LanguageOptions Options = new() { Default = "en-US", Tenants = { ["tenant-br"] = "pt-BR" } };

    [Fact]
    public void Resolve_TheActivityLocaleWinsOverTheTenantDefault() =>
        Assert.Equal("en-US", Resolve("en-GB", "tenant-br"));

    [Fact]
    public void Resolve_NoLocaleSpoken_TakesTheTenantDefault() =>
        Assert.Equal("pt-BR", Resolve("fr-FR", "tenant-br"));

    [Fact]
    public void Resolve_NoLocaleAndAnUnknownTenant_TakesTheConfiguredDefault() =>
        Assert.Equal("en-US", Resolve(null, "other"));

    [Fact]
    public void Options_ALanguageNotSpoken_FailsValidation()
    {
        var results = new List<System.ComponentModel.DataAnnotations.ValidationResult>();
        var options = new LanguageOptions { Default = "fr-FR" };

        Assert.False(System.ComponentModel.DataAnnotations.Validator.TryValidateObject(options, new(options), results, validateAllProperties: true));
        Assert.Contains(results, r => r.ErrorMessage!.Contains("Languages:Default", StringComparison.Ordinal));
    }

    private static string Resolve(string? locale, string tenant) =>
        new BotCultureResolver(Microsoft.Extensions.Options.Options.Create(Options))
            .Resolve(new Activity { Locale = locale, Conversation = new ConversationAccount { TenantId = tenant } }).Name;
}
