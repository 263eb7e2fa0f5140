using CoopAssistant.Claims.Localization;
using System.Text.Json.Nodes;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Localization;
using CoopAssistant.TestKit;

namespace CoopAssistant.Bot.Tests.Cards;

/// <summary>The harness itself must fail bad cards, or every "valid" verdict means nothing.</summary>
public class CardValidatorTests
{
    private static JsonObject Valid() => WelcomeCard.Create(UserCulture.English).ToJsonObject();

    [Fact]
    public async Task ValidateAsync_UnknownElementType_ReportedBySchemaAndRenderer()
    {
        var card = Valid();
        card["body"]!.AsArray().Add(new JsonObject { ["type"] = "Carousel", ["text"] = "x" });

        var result = await CardValidator.Default.ValidateAsync("unknown-element", card);

        Assert.False(result.IsValid);
        Assert.Contains(result.Problems, p => p.Check == CardChecks.Schema);
        Assert.Contains(result.Problems, p => p.Check == CardChecks.Renderer && p.Message.Contains("Carousel"));
        Assert.All(result.Problems, p => Assert.Equal("unknown-element", p.CardName));
    }

    [Fact]
    public async Task ValidateAsync_UnknownProperty_ReportedBySchema()
    {
        var card = Valid();
        card["body"]![0]!["colour"] = "red";

        var result = await CardValidator.Default.ValidateAsync("unknown-property", card);

        Assert.Contains(result.Problems, p => p.Check == CardChecks.Schema);
    }

    [Fact]
    public async Task ValidateAsync_InvalidEnumValue_ReportedBySchemaAndRenderer()
    {
        var card = Valid();
        card["body"]![0]!["size"] = "huge";

        var result = await CardValidator.Default.ValidateAsync("bad-size", card);

        Assert.Contains(result.Problems, p => p.Check == CardChecks.Schema);
        Assert.Contains(result.Problems, p => p.Check == CardChecks.Renderer && p.Message.Contains("huge"));
    }

    [Fact]
    public async Task ValidateAsync_InputWithoutId_ReportedByRenderer()
    {
        var card = Valid();
        card["body"]!.AsArray().Add(new JsonObject { ["type"] = "Input.Text", ["label"] = "Title" });

        var result = await CardValidator.Default.ValidateAsync("input-without-id", card);

        Assert.Contains(result.Problems, p => p.Check == CardChecks.Renderer);
    }

    [Fact]
    public async Task ValidateAsync_MissingVersion_Reported()
    {
        var card = Valid();
        card.Remove("version");

        var result = await CardValidator.Default.ValidateAsync("no-version", card);

        Assert.Contains(result.Problems, p => p.Check == CardChecks.Teams && p.Message.Contains("version"));
    }

    [Fact]
    public async Task ValidateAsync_VersionAbove15_Reported()
    {
        var card = Valid();
        card["version"] = "1.6";

        var result = await CardValidator.Default.ValidateAsync("version-1.6", card);

        Assert.Contains(result.Problems, p => p.Check == CardChecks.Teams);
    }

    [Fact]
    public async Task ValidateAsync_ValidLangOnManyCards_IsNotFlagged()
    {
        // adaptivecards 3.0.6 keeps regex state between cards; the script resets it so valid cards stay valid.
        var cards = Enumerable.Range(0, 4).Select(i =>
        {
            var card = Valid();
            card["lang"] = i % 2 == 0 ? "en" : "pt";
            return ($"lang-{i}", (JsonNode)card);
        });

        var result = await CardValidator.Default.ValidateAsync(cards);

        CardAssert.Valid(result);
    }

    [Fact]
    public async Task ValidateAsync_InvalidLang_Reported()
    {
        var card = Valid();
        card["lang"] = "english";

        var result = await CardValidator.Default.ValidateAsync("lang-english", card);

        Assert.Contains(result.Problems, p => p.Check == CardChecks.Renderer && p.Message.Contains("lang"));
    }

    [Fact]
    public async Task ValidateAsync_ExecuteWithoutFallback_ReportedAsConvention()
    {
        var card = Valid();
        card["actions"]![0]!.AsObject().Remove("fallback");

        var result = await CardValidator.Default.ValidateAsync("no-fallback", card);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(CardChecks.Conventions, problem.Check);
        Assert.Contains("fallback", problem.Message);
    }

    [Fact]
    public async Task ValidateAsync_FallbackWithDifferentData_ReportedAsConvention()
    {
        var card = Valid();
        card["actions"]![0]!["fallback"]!["data"]!["verb"] = "claim.submit";

        var result = await CardValidator.Default.ValidateAsync("fallback-data", card);

        Assert.Contains(result.Problems, p => p.Check == CardChecks.Conventions && p.Message.Contains("same title and data"));
    }

    [Fact]
    public async Task ValidateAsync_StandaloneSubmitAndDestructiveStyle_ReportedAsConvention()
    {
        var card = Valid();
        card["actions"]!.AsArray().Add(new JsonObject { ["type"] = "Action.Submit", ["title"] = "Old", ["style"] = "destructive" });

        var result = await CardValidator.Default.ValidateAsync("standalone-submit", card);

        Assert.Equal(2, result.Problems.Count(p => p.Check == CardChecks.Conventions));
        Assert.True((await CardValidator.WithoutConventions.ValidateAsync("standalone-submit", card)).IsValid);
    }

    [Fact]
    public async Task ValidateAsync_RefreshForMoreThan60Users_ReportedAsConvention()
    {
        var card = Valid();
        card["refresh"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "claim.refresh" },
            ["userIds"] = new JsonArray([.. Enumerable.Range(0, 61).Select(i => (JsonNode)$"29:{i}")]),
        };

        var result = await CardValidator.Default.ValidateAsync("refresh-61", card);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(CardChecks.Conventions, problem.Check);
    }

    [Fact]
    public async Task ValidateAsync_CardOver28KB_ReportedAsSize()
    {
        var card = Valid();
        var body = card["body"]!.AsArray();
        for (var i = 0; i < 30; i++)
        {
            body.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = new string('a', 1000), ["wrap"] = true });
        }

        var result = await CardValidator.Default.ValidateAsync("oversize", card);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(CardChecks.Size, problem.Check);
    }

    [Fact]
    public async Task ValidateAsync_WrongTeamsExtension_Reported()
    {
        var card = Valid();
        card["msteams"] = new JsonObject { ["width"] = "Half" };

        var result = await CardValidator.Default.ValidateAsync("msteams-half", card);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(CardChecks.Teams, problem.Check);
    }

    [Fact]
    public async Task ValidateAsync_MixedBatch_AttributesProblemsToTheRightCard()
    {
        var bad = Valid();
        bad["actions"]!.AsArray().Add(new JsonObject { ["type"] = "Action.Teleport", ["title"] = "Go" });

        var result = await CardValidator.Default.ValidateAsync([("good", Valid()), ("bad", bad), ("good-too", Valid())]);

        Assert.Empty(result.For("good"));
        Assert.Empty(result.For("good-too"));
        Assert.NotEmpty(result.For("bad"));
        Assert.Contains("[bad]", result.Describe());
    }

    [Fact]
    public async Task CardAssert_Valid_FailsWithEveryProblemNamed()
    {
        var card = Valid();
        card["body"]![0]!["weight"] = "heavy";

        var result = await CardValidator.Default.ValidateAsync("heavy", card);
        var failure = Assert.ThrowsAny<Exception>(() => CardAssert.Valid(result));

        Assert.Contains("[heavy] schema", failure.Message);
        Assert.Contains("[heavy] renderer", failure.Message);
    }
}
