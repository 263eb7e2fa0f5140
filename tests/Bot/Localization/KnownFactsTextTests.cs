using System.Text.RegularExpressions;

namespace CoopAssistant.Bot.Tests.Localization;

/// <summary>Issue 20, "Say only what is known": no text of any resx, in either language, states more than the sources do. That
/// Partner Center has no API for claims is not known (we found none); that kept originals "may be removed" after the retention
/// date is not stated (keep them at least until then); that an expired claim "was not submitted" is not known here (it was not
/// marked as submitted).</summary>
public partial class KnownFactsTextTests
{
    public static TheoryData<string> FileNames => ResourceWalkTests.FileNames;

    [Theory]
    [MemberData(nameof(FileNames))]
    public void NoText_ClaimsMoreThanTheSourcesSay(string file)
    {
        var (english, portuguese) = ResourceWalkTests.Entries(file);
        var overclaims = english.Select(e => ("en-US " + e.Key, e.Value)).Concat(portuguese.Select(e => ("pt-BR " + e.Key, e.Value)))
            .Where(e => Overclaim().IsMatch(e.Value))
            .Select(e => $"{e.Item1}: {e.Value}")
            .ToList();
        Assert.True(overclaims.Count == 0, string.Join("\n", overclaims));
    }

    [Theory]
    [InlineData("Partner Center has no public API for co-op claims.")]
    [InlineData("There is no API for claims.")]
    [InlineData("O Partner Center não tem API pública para reivindicações.")]
    [InlineData("After that date they may be removed.")]
    [InlineData("Depois dessa data eles podem ser excluídos.")]
    [InlineData("The claim was not submitted.")]
    [InlineData("A reivindicação não foi enviada.")]
    public void TheCheck_FindsEachOverclaim(string text) => Assert.Matches(Overclaim(), text);

    [Theory]
    [InlineData("We found no Partner Center API for co-op claims.")]
    [InlineData("Não encontramos uma API do Partner Center para reivindicações de co-op.")]
    [InlineData("Keep the originals at least until 3/10/2028; check your own retention rules before deleting.")]
    [InlineData("It was not marked as submitted here.")]
    public void TheCheck_LetsTheKnownWordingPass(string text) => Assert.DoesNotMatch(Overclaim(), text);

    [GeneratedRegex(@"\b(?:has no (?:public )?API|there is no API|não (?:tem|há|existe) API|may be (?:removed|deleted)|podem ser (?:removidos|excluídos|apagados)|was not submitted|não foi enviada)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Overclaim();
}
