using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using CoopAssistant.Bot.Localization;
using CoopAssistant.Bot.Reminders;
using CoopAssistant.Claims.Localization;
using CoopAssistant.Claims.Review;

namespace CoopAssistant.Bot.Tests.Localization;

/// <summary>Walks every key of every resx in both languages (Strings, ReminderStrings, ClaimStrings, ReviewStrings, and the
/// tab's and the add-in's TabStrings and AddInStrings, which their JavaScript bundles are built from).</summary>
public partial class ResourceWalkTests
{
    private static readonly (string Name, ResourceTexts Texts)[] Files =
    [
        ("Strings", BotText.Resources),
        ("ReminderStrings", ReminderText.Resources),
        ("ClaimStrings", ClaimTexts.Resources),
        ("ReviewStrings", ReviewTexts.Resources),
        ("TabStrings", new ResourceTexts(new ResourceManager("CoopAssistant.Bot.Tab.TabStrings", typeof(BotText).Assembly))),
        ("AddInStrings", new ResourceTexts(new ResourceManager("CoopAssistant.Bot.AddIn.AddInStrings", typeof(BotText).Assembly))),
    ];

    // English words that are never Portuguese (whole words, any case). Names kept in English on purpose (Partner Center,
    // the English document names shown once to match Partner Center's UI, status names beside their pt-BR word) are
    // removed first.
    private static readonly string[] EnglishWords =
    [
        "the", "and", "of", "your", "you", "is", "are", "with", "this", "that", "will", "please", "not", "from",
        "claim", "claims", "evidence", "deadline", "deadlines", "file", "files", "day", "days", "submit", "submitted",
        "missing", "due", "left", "overdue", "request", "requested", "approved", "rejected", "paid", "supported",
        "organization", "organisation", "invoice", "invoices", "amount", "here", "there", "what", "when", "try", "again",
    ];

    private static readonly string[] KeptInEnglish =
    [
        "Partner Center", "Certification Statement and Report", "Certification Service Report", "Online Services Advisor",
        "Partner Action Required", "Co-op management", "proof of execution", "Microsoft 365", "Microsoft Teams",
        "Microsoft Entra", "Additional documentation requested", "Claim submitted", "Claim approved", "Claim rejected",
        "Claim paid", "Claim expired", "Claim in progress",
    ];

    // A count followed by what it counts: "{0} days", "{1} arquivos", "{0} of {1} files".
    private static readonly string[] CountNouns =
    [
        "day", "days", "dia", "dias", "file", "files", "arquivo", "arquivos", "second", "seconds", "segundo", "segundos",
        "minute", "minutes", "minuto", "minutos", "hour", "hours", "hora", "horas", "week", "weeks", "semana", "semanas",
        "month", "months", "mês", "meses", "character", "characters", "caractere", "caracteres", "problem", "problems",
        "problema", "problemas", "claim", "claims", "reivindicação", "reivindicações", "item", "items", "itens",
        "document", "documents", "documento", "documentos", "request", "requests", "solicitação", "solicitações",
        "novos", "alterados", "registrados", "importados",
    ];

    public static TheoryData<string> FileNames => [.. Files.Select(f => f.Name)];

    [Theory]
    [MemberData(nameof(FileNames))]
    public void EveryKey_HasATextInBothLanguages(string file)
    {
        var (english, portuguese) = Entries(file);

        Assert.NotEmpty(english);
        Assert.Equal(english.Keys.Order(StringComparer.Ordinal), portuguese.Keys.Order(StringComparer.Ordinal));
        Assert.All(english, e => Assert.False(string.IsNullOrWhiteSpace(portuguese[e.Key]), $"{file}.{e.Key}: empty pt-BR text"));
    }

    [Theory]
    [MemberData(nameof(FileNames))]
    public void PortugueseTexts_HaveNoEnglishLeft(string file)
    {
        var problems = new List<string>();
        foreach (var (key, text) in Entries(file).Portuguese)
        {
            var rest = KeptInEnglish.Aggregate(text, (t, kept) => t.Replace(kept, " ", StringComparison.OrdinalIgnoreCase));
            rest = Quoted().Replace(rest, " ");
            var english = Words().Matches(rest).Select(m => m.Value).Where(w => EnglishWords.Contains(w, StringComparer.OrdinalIgnoreCase)).ToList();
            if (english.Count > 0)
            {
                problems.Add($"{file}.{key}: {string.Join(", ", english)} in “{text}”");
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Theory]
    [MemberData(nameof(FileNames))]
    public void EveryCount_HasPluralForms(string file)
    {
        var problems = new List<string>();
        var (english, portuguese) = Entries(file);
        foreach (var (key, text) in english.Select(e => ("en-US " + e.Key, e.Value)).Concat(portuguese.Select(e => ("pt-BR " + e.Key, e.Value))))
        {
            foreach (Match count in CountedPlaceholder().Matches(text))
            {
                if (CountNouns.Contains(count.Groups["noun"].Value, StringComparer.OrdinalIgnoreCase))
                {
                    problems.Add($"{file} {key}: “{count.Value}” has no plural form");
                }
            }

            if (MakeshiftPlural().IsMatch(text))
            {
                problems.Add($"{file} {key}: “{MakeshiftPlural().Match(text).Value}” is not a plural form");
            }

            foreach (var index in Enumerable.Range(0, 12).Where(i => TextFormat.HasPlural(text, i)))
            {
                foreach (var n in new[] { 0, 1, 2 })
                {
                    var args = Enumerable.Range(0, 12).Select(i => (object)(i == index ? n : 2)).ToArray();
                    var resolved = TextFormat.ResolvePlurals(text, args);
                    Assert.DoesNotContain(" plural,", resolved, StringComparison.Ordinal);
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Theory]
    [MemberData(nameof(FileNames))]
    public void NoText_HasAnInvisibleCharacterInsideANumber(string file)
    {
        var (english, portuguese) = Entries(file);
        var bad = english.Concat(portuguese).Where(e => InvisibleInNumber().IsMatch(e.Value)).Select(e => $"{file}.{e.Key}").ToList();

        Assert.True(bad.Count == 0, string.Join('\n', bad));
    }

    [Theory]
    [MemberData(nameof(FileNames))]
    public void BothLanguages_UseTheSamePlaceholders(string file)
    {
        var (english, portuguese) = Entries(file);
        var bad = english
            .Where(e => !Placeholders(e.Value).SetEquals(Placeholders(portuguese[e.Key])))
            .Select(e => $"{file}.{e.Key}")
            .ToList();

        Assert.True(bad.Count == 0, string.Join('\n', bad));
    }

    [Fact]
    public void TheChecks_CatchWhatTheyLookFor()
    {
        Assert.Matches(InvisibleInNumber(), "US$ 18.\u2060750");
        Assert.Matches(CountedPlaceholder(), "{0} dias de atraso");
        Assert.Matches(MakeshiftPlural(), "{0} arquivo(s)");
        Assert.Contains("claim", Words().Matches("Abra a claim agora").Select(m => m.Value));
    }

    internal static (Dictionary<string, string> English, Dictionary<string, string> Portuguese) Entries(string file)
    {
        var texts = Files.Single(f => f.Name == file).Texts;
        return (new Dictionary<string, string>(texts.Entries(UserCulture.English), StringComparer.Ordinal), new Dictionary<string, string>(texts.Entries(UserCulture.Portuguese), StringComparer.Ordinal));
    }

    private static HashSet<string> Placeholders(string text) => [.. PlaceholderIndex().Matches(text).Select(m => m.Groups[1].Value)];

    [GeneratedRegex(@"\b\p{L}+\b")]
    private static partial Regex Words();

    // Text in quotes is a name or a command the person types ("new claim" is shown to pt-BR users as its pt-BR command).
    [GeneratedRegex("“[^”]*”|\"[^\"]*\"|«[^»]*»")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"\{\d+\}\s+(?:(?:of|de)\s+\{\d+\}\s+)?(?<noun>\p{L}+)")]
    private static partial Regex CountedPlaceholder();

    [GeneratedRegex(@"\p{L}+\((?:s|es|ns)\)")]
    private static partial Regex MakeshiftPlural();

    [GeneratedRegex(@"\d[\u00AD\u200B-\u200D\u2060\uFEFF]+[\d.,]|[\d][.,][\u00AD\u200B-\u200D\u2060\uFEFF]+\d")]
    private static partial Regex InvisibleInNumber();

    [GeneratedRegex(@"\{(\d+)")]
    private static partial Regex PlaceholderIndex();
}
