using System.Text.Json;
using System.Xml.Linq;
using CoopAssistant.Bot.Answers;
using CoopAssistant.Bot.Tests.Answers;
using CoopAssistant.TestKit;

namespace CoopAssistant.Bot.Tests.Localization;

/// <summary>Every user-facing text outside the articles uses the glossary's one term per concept (docs/glossary.md): the
/// resx files (the tab's and the add-in's texts among them), the Teams app package's pt-BR file and the add-in manifest's pt-BR
/// overrides. The articles have their own test (<see cref="GlossaryTests"/>).</summary>
public sealed class TextGlossaryTests
{
    private static readonly Glossary Terms = Glossary.Load();

    [Theory]
    [InlineData("Strings")]
    [InlineData("ReminderStrings")]
    [InlineData("ClaimStrings")]
    [InlineData("ReviewStrings")]
    [InlineData("TabStrings")]
    [InlineData("AddInStrings")]
    public void ResxTexts_UseTheGlossaryTerms(string file)
    {
        var (english, portuguese) = ResourceWalkTests.Entries(file);
        var violations = english.Select(e => ("en-US", e.Key, e.Value, KnowledgeLanguage.English))
            .Concat(portuguese.Select(e => ("pt-BR", e.Key, e.Value, KnowledgeLanguage.Portuguese)))
            .SelectMany(t => Terms.Violations(t.Value, t.Item4).Select(v => $"{t.Item1} {file}.{t.Key}: {v} in “{t.Value}”"))
            .ToList();

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    [Fact]
    public void TeamsAppPackagePortuguese_UsesTheGlossaryTerms()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(RepoPaths.InRepo("appPackage", "pt-br.json")));
        var violations = json.RootElement.EnumerateObject()
            .Where(p => !p.Name.StartsWith('$') && p.Value.ValueKind == JsonValueKind.String)
            .SelectMany(p => Terms.Violations(p.Value.GetString()!, KnowledgeLanguage.Portuguese).Select(v => $"{p.Name}: {v}"))
            .ToList();

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    [Fact]
    public void AddInManifestPortugueseOverrides_UseTheGlossaryTerms()
    {
        var manifest = XDocument.Load(RepoPaths.InRepo("manifest", "manifest.template.xml"));
        var overrides = manifest.Descendants().Where(e => e.Name.LocalName == "Override" && (string?)e.Attribute("Locale") == "pt-BR").ToList();
        var violations = overrides
            .SelectMany(e => Terms.Violations((string?)e.Attribute("Value") ?? "", KnowledgeLanguage.Portuguese).Select(v => $"{v} in “{(string?)e.Attribute("Value")}”"))
            .ToList();

        Assert.NotEmpty(overrides);
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }
}
