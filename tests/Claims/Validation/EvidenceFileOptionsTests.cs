using System.Collections.Concurrent;
using CoopAssistant.Claims.Validation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoopAssistant.Claims.Tests.Validation;

/// <summary>The one set of evidence file rules (<see cref="EvidenceFileOptions"/>, section <c>Evidence</c>), bound once however
/// many modules register it, and the retired <c>Claims:*</c> keys still read with a warning.</summary>
public sealed class EvidenceFileOptionsTests
{
    [Fact]
    public void TheRules_AreReadFromTheEvidenceSection_AConfiguredTypeListReplacingTheDefaults()
    {
        var (rules, warnings) = Bind(new() { ["Evidence:MaxFileBytes"] = "5000", ["Evidence:AllowedExtensions:0"] = ".pdf", ["Evidence:AllowedExtensions:1"] = "PNG" });

        Assert.Equal(5000, rules.MaxFileBytes);
        Assert.Equal(["pdf", "PNG"], rules.EffectiveAllowedExtensions);
        Assert.True(rules.IsAllowedType("a.png"));
        Assert.False(rules.IsAllowedType("a.docx"));
        Assert.Empty(warnings);
    }

    [Fact]
    public void TheDefaults_Are100MebibytesAndTheDocumentTypes()
    {
        var (rules, _) = Bind([]);

        Assert.Equal(100L * 1024 * 1024, rules.MaxFileBytes);
        Assert.Equal(EvidenceFileOptions.DefaultExtensions, rules.EffectiveAllowedExtensions);
        Assert.False(rules.IsAllowedType("setup.exe"));
        Assert.False(rules.IsAllowedType("no-extension"));
    }

    [Fact]
    public void RetiredClaimsKeys_AreStillRead_WithAWarningNamingTheNewKey()
    {
        var (rules, warnings) = Bind(new() { ["Claims:MaxEvidenceBytes"] = "7000", ["Claims:AllowedEvidenceExtensions:0"] = "xml" });

        Assert.Equal(7000, rules.MaxFileBytes);
        Assert.True(rules.IsAllowedType("a.xml"));
        Assert.True(rules.IsAllowedType("a.pdf")); // the retired key added to the defaults
        Assert.Equal(2, warnings.Count);
        Assert.Contains(warnings, w => w.Contains("Claims:MaxEvidenceBytes", StringComparison.Ordinal) && w.Contains("Evidence:MaxFileBytes", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Contains("Claims:AllowedEvidenceExtensions", StringComparison.Ordinal) && w.Contains("Evidence:AllowedExtensions", StringComparison.Ordinal));
    }

    [Fact]
    public void TheNewKey_WinsOverTheRetiredOne_AndTheWarningSaysTheOldIsIgnored()
    {
        var (rules, warnings) = Bind(new() { ["Evidence:MaxFileBytes"] = "5000", ["Claims:MaxEvidenceBytes"] = "7000" });

        Assert.Equal(5000, rules.MaxFileBytes);
        Assert.Contains("ignored", Assert.Single(warnings), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Evidence:MaxFileBytes", "0")]
    [InlineData("Claims:MaxEvidenceBytes", "lots")]
    public void ABadSize_StopsTheStart_NamingTheSetting(string key, string value)
    {
        var error = Assert.Throws<OptionsValidationException>(() => Bind(new() { [key] = value }));

        Assert.Contains(nameof(EvidenceFileOptions.MaxFileBytes), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RegisteringTwice_BindsOnce()
    {
        var (rules, _) = Bind(new() { ["Evidence:AllowedExtensions:0"] = "pdf" }, registrations: 2);

        Assert.Equal(["pdf"], rules.EffectiveAllowedExtensions);
    }

    private static (EvidenceFileOptions Rules, IReadOnlyList<string> Warnings) Bind(Dictionary<string, string?> settings, int registrations = 1)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var capture = new WarningCapture();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging(b => b.AddProvider(capture));
        for (var i = 0; i < registrations; i++)
        {
            EvidenceFileOptions.Register(services);
        }

        using var provider = services.BuildServiceProvider();
        return (provider.GetRequiredService<IOptions<EvidenceFileOptions>>().Value, [.. capture.Warnings]);
    }

    private sealed class WarningCapture : ILoggerProvider, ILogger
    {
        public ConcurrentQueue<string> Warnings { get; } = new();

        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel >= LogLevel.Warning)
            {
                Warnings.Enqueue(formatter(state, exception));
            }
        }

        public void Dispose()
        {
        }
    }
}
