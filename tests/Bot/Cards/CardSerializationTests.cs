using CoopAssistant.Claims.Localization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Localization;

namespace CoopAssistant.Bot.Tests.Cards;

public class CardSerializationTests
{
    [Fact]
    public void ToJsonObject_TopLevelCard_HasTypeSchemaVersionAndFullWidth()
    {
        var json = WelcomeCard.Create(UserCulture.English).ToJsonObject();

        Assert.Equal("AdaptiveCard", (string?)json["type"]);
        Assert.Equal("http://adaptivecards.io/schemas/adaptive-card.json", (string?)json["$schema"]);
        Assert.Equal("1.5", (string?)json["version"]);
        Assert.Equal("Full", (string?)json["msteams"]!["width"]);
        Assert.Equal("type", json.First().Key);
    }

    [Fact]
    public void ToJson_ElementsAndActions_UseTypeDiscriminatorFirstCamelCaseAndOmitNulls()
    {
        var card = new AdaptiveCard
        {
            Body = [new InputDate("usageStart") { Label = "Start", IsRequired = true, Spacing = Spacing.ExtraLarge }],
            Actions = [CardActions.Execute("Go", CardVerbs.ClaimNew)],
        };

        var json = JsonNode.Parse(card.ToJson())!;

        var input = json["body"]![0]!.AsObject();
        Assert.Equal("type", input.First().Key);
        Assert.Equal("Input.Date", (string?)input["type"]);
        Assert.Equal("usageStart", (string?)input["id"]);
        Assert.Equal("extraLarge", (string?)input["spacing"]);
        Assert.True((bool)input["isRequired"]!);
        Assert.False(input.ContainsKey("placeholder"));
        Assert.False(input.ContainsKey("errorMessage"));
        var action = json["actions"]![0]!.AsObject();
        Assert.Equal("Action.Execute", (string?)action["type"]);
        Assert.Equal("claim.new", (string?)action["verb"]);
    }

    [Fact]
    public void Execute_HasSubmitFallbackWithTheSameTitleAndData()
    {
        var action = CardActions.ExecuteForClaim("Submit", CardVerbs.ClaimSubmit, "claim-1", 3, new JsonObject { ["extra"] = true });

        var json = JsonSerializer.SerializeToNode<CardAction>(action, CardJson.Options)!;

        var fallback = json["fallback"]!;
        Assert.Equal("Action.Submit", (string?)fallback["type"]);
        Assert.Equal("Submit", (string?)fallback["title"]);
        Assert.True(JsonNode.DeepEquals(json["data"], fallback["data"]));
        Assert.Equal("claim.submit", (string?)json["data"]!["verb"]);
        Assert.Equal("claim-1", (string?)json["data"]!["claimId"]);
        Assert.Equal(3, (long)json["data"]!["claimVersion"]!);
        Assert.True((bool)json["data"]!["extra"]!);
    }

    [Fact]
    public void Execute_ExtraDataCannotOverrideTheVerb()
    {
        var action = CardActions.Execute("Go", CardVerbs.Help, new JsonObject { ["verb"] = "claim.submit" });

        Assert.Equal(CardVerbs.Help, (string?)action.Data!["verb"]);
    }

    [Fact]
    public void Parse_SerialisedKitchenSink_RoundTripsToTheSameJson()
    {
        var original = SampleCards.KitchenSink(UserCulture.Portuguese).ToJson();

        var reparsed = AdaptiveCard.Parse(original).ToJson();

        Assert.Equal(original, reparsed);
    }

    [Fact]
    public void Parse_PropertiesInAnyOrder_ReadsPolymorphicTypes()
    {
        const string json = """{"body":[{"text":"hi","type":"TextBlock","wrap":true}],"type":"AdaptiveCard","version":"1.5","actions":[{"verb":"help","type":"Action.Execute"}]}""";

        var card = AdaptiveCard.Parse(json);

        var text = Assert.IsType<TextBlock>(Assert.Single(card.Body!));
        Assert.Equal("hi", text.Text);
        Assert.True(text.Wrap);
        Assert.Equal("help", Assert.IsType<ExecuteAction>(Assert.Single(card.Actions!)).Verb);
    }

    [Fact]
    public void ToAttachment_HasAdaptiveCardContentTypeAndTheCardAsContent()
    {
        var card = HelpCard.Create(UserCulture.Portuguese);

        var attachment = card.ToAttachment();

        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.ContentType);
        Assert.Equal(JsonValueKind.Object, attachment.Content.ValueKind);
        Assert.Equal("AdaptiveCard", attachment.Content.GetProperty("type").GetString());
        Assert.True(JsonNode.DeepEquals(card.ToJsonObject(), JsonNode.Parse(attachment.Content.GetRawText())));
    }

    [Fact]
    public void ToJson_NonAsciiText_IsWrittenAsIs()
    {
        var json = WelcomeCard.Create(UserCulture.Portuguese).ToJson();

        Assert.Contains("reivindicação", json);
        Assert.DoesNotContain("\\u00E7", json);
    }

    [Fact]
    public void Nested_ShowCardCard_HasNoSchemaVersionOrHostExtension()
    {
        var json = AdaptiveCard.Nested([new TextBlock("x")]).ToJsonObject();

        Assert.False(json.ContainsKey("$schema"));
        Assert.False(json.ContainsKey("version"));
        Assert.False(json.ContainsKey("msteams"));
        Assert.Equal("AdaptiveCard", (string?)json["type"]);
    }

    [Fact]
    public void InputConstructors_RejectEmptyIds() =>
        Assert.Throws<ArgumentException>(() => new InputText(" "));
}
