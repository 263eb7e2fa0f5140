using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using CoopAssistant.Bot.Answers;
using CoopAssistant.Bot.Conversation.TypedText;
using CoopAssistant.Bot.Tests.Hosting;

namespace CoopAssistant.Bot.Tests.Hostile;

/// <summary>
/// Long messages and the regular expressions that read user text (issue 19, item 1): a 28 KB message is answered "please ask in
/// fewer words" before any command or question matching runs, the claim-question recognizer reads at most its limit, and every
/// <see cref="Regex"/> of the app's assemblies is linear (non-backtracking) or has a match timeout, checked by reflection and by a
/// sweep with worst-case inputs.
/// </summary>
public sealed class LongTextAndRegexTests(LocalHostFixture fixture) : IClassFixture<LocalHostFixture>
{
    /// <summary>About what Teams lets one message carry.</summary>
    private const int TeamsMessageChars = 28 * 1024;

    private static readonly string[] AppAssemblies =
        ["CoopAssistant.Bot", "CoopAssistant.Protocol", "CoopAssistant.Claims", "CoopAssistant.Graph", "CoopAssistant.Scheduling"];

    [Theory]
    [InlineData("en-US", "Please ask in fewer words")]
    [InlineData("pt-BR", "Pergunte com menos palavras")]
    public async Task A28KBQuestion_IsAnsweredAskForFewerWords_InTheUsersLanguage(string locale, string title)
    {
        var text = Repeat("my claim due ", TeamsMessageChars);
        var activity = Activities.Message(fixture.Channel.ServiceUrl, text, locale);
        activity["conversation"]!["id"] = "a:long-" + locale;
        var id = activity["id"]!.GetValue<string>();

        using var response = await fixture.Host.PostActivityAsync(activity);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(await fixture.Channel.WaitForAsync(r => r.Any(a => a.ReplyToId == id)), a => a.ReplyToId == id);
        var card = Assert.Single(reply.Cards).ToJsonString();
        Assert.Contains(title, card, StringComparison.Ordinal);
        Assert.Contains(TypedTextLimit.MaxCharacters.ToString(CultureInfo.InvariantCulture), card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMessageJustUnderTheLimit_IsStillACommand()
    {
        var text = "help" + new string(' ', TypedTextLimit.MaxCharacters - 4);
        var activity = Activities.Message(fixture.Channel.ServiceUrl, text);
        activity["conversation"]!["id"] = "a:long-limit";
        var id = activity["id"]!.GetValue<string>();

        using var response = await fixture.Host.PostActivityAsync(activity);

        var reply = Assert.Single(await fixture.Channel.WaitForAsync(r => r.Any(a => a.ReplyToId == id)), a => a.ReplyToId == id);
        Assert.DoesNotContain("Please ask in fewer words", Assert.Single(reply.Cards).ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void TheRecognizer_ReadsNothingLongerThanItsLimit()
    {
        var recognizer = new ClaimQuestionRecognizer();
        var question = "what is missing on my claim 42?";
        var padded = question + new string(' ', ClaimQuestionRecognizer.MaxLength);

        Assert.NotNull(recognizer.Recognize(question, CultureInfo.InvariantCulture));
        Assert.Null(recognizer.Recognize(padded, CultureInfo.InvariantCulture));
        Assert.True(ClaimQuestionRecognizer.MaxLength <= TypedTextLimit.MaxCharacters);
    }

    public static TheoryData<string> AppRegexes => [.. FindRegexes().Select(r => r.Name)];

    [Theory]
    [MemberData(nameof(AppRegexes))]
    public void EveryRegexOfTheApp_IsNonBacktracking_OrHasAMatchTimeout(string name)
    {
        var regex = FindRegexes().Single(r => r.Name == name).Regex;

        Assert.True(
            regex.Options.HasFlag(RegexOptions.NonBacktracking) || regex.MatchTimeout != Regex.InfiniteMatchTimeout,
            $"{name} ({regex}) backtracks without a match timeout");
    }

    [Theory]
    [MemberData(nameof(AppRegexes))]
    public void EveryRegexOfTheApp_RunsWorstCaseInputs_WithinAOneSecondMatchTimeout(string name)
    {
        var regex = FindRegexes().Single(r => r.Name == name).Regex;
        // The same pattern and options under a match timeout: a backtracking engine that goes quadratic or worse on 28 KB throws.
        var bounded = new Regex(regex.ToString(), regex.Options, TimeSpan.FromSeconds(1));

        foreach (var input in WorstCaseInputs())
        {
            var exception = Record.Exception(() => bounded.Count(input));
            Assert.True(exception is null, $"{name} on {input[..Math.Min(40, input.Length)]}…: {exception?.GetType().Name}");
        }
    }

    [Fact]
    public void TheSweep_FindsTheRecognizersAndTheMentionPattern()
    {
        var names = FindRegexes().Select(r => r.Name).ToList();

        Assert.Contains(names, n => n.StartsWith("CoopAssistant.Bot.Answers.ClaimQuestionRecognizer.", StringComparison.Ordinal));
        Assert.Contains(names, n => n.StartsWith("CoopAssistant.Bot.Conversation.Commands.CommandText.", StringComparison.Ordinal));
        Assert.True(names.Count >= 10, string.Join(", ", names));
    }

    /// <summary>Repetitions of every recognizer's keywords, half-open mentions, digits and separators, each about 28 KB.</summary>
    private static IEnumerable<string> WorstCaseInputs()
    {
        string[] units =
        [
            "my claim due ", "which claims expire ", "missing claim ", "quais reivindicacoes vencem ", "falta reivindicacao ",
            "claim 1- ", "claim \"", "<at>", "<at>x</at", "1/", "12.", "R$ 1.", "1 de ", "a", " ", "-", "#1", "USD 1,",
        ];
        return units.Select(u => Repeat(u, TeamsMessageChars)).Append(Repeat("a", TeamsMessageChars) + "!");
    }

    private static string Repeat(string unit, int length)
    {
        var builder = new StringBuilder(length + unit.Length);
        while (builder.Length < length)
        {
            builder.Append(unit);
        }

        return builder.ToString(0, length);
    }

    /// <summary>Every static <see cref="Regex"/> field and every source-generated regex method of the app's assemblies.</summary>
    private static IEnumerable<(string Name, Regex Regex)> FindRegexes()
    {
        const BindingFlags Static = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
        foreach (var assembly in AppAssemblies.Select(a => Assembly.Load(new AssemblyName(a))))
        {
            foreach (var type in assembly.GetTypes().Where(t => !t.Namespace?.StartsWith("System.Text.RegularExpressions.Generated", StringComparison.Ordinal) ?? true))
            {
                if (type.IsGenericTypeDefinition || type.FullName?.Contains("<RegexGenerator_g>", StringComparison.Ordinal) == true)
                {
                    continue;
                }

                foreach (var field in type.GetFields(Static).Where(f => f.FieldType == typeof(Regex) && !f.Name.Contains('<', StringComparison.Ordinal)))
                {
                    if (field.GetValue(null) is Regex regex)
                    {
                        yield return ($"{type.FullName}.{field.Name}", regex);
                    }
                }

                foreach (var method in type.GetMethods(Static).Where(m => m.ReturnType == typeof(Regex) && m.GetParameters().Length == 0 && m.GetCustomAttribute<GeneratedRegexAttribute>() is not null))
                {
                    if (method.Invoke(null, null) is Regex regex)
                    {
                        yield return ($"{type.FullName}.{method.Name}()", regex);
                    }
                }
            }
        }
    }
}
