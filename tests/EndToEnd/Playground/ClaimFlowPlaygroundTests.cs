using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CoopAssistant.EndToEnd.Tests.Playground;

/// <summary>The claim flow through the real Microsoft 365 Agents Playground: new claim → form submitted → claim card.</summary>
public sealed class ClaimFlowPlaygroundTests(PlaygroundFixture fixture) : IClassFixture<PlaygroundFixture>
{
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public async Task NewClaim_FormSubmitted_ShowsTheClaimCard()
    {
        await fixture.Client.SendTextAsync("new claim");
        var message = await fixture.Client.WaitForBotMessageAsync(m => AgentsPlaygroundTests.CardText(m).Contains("\"claim.create\"", StringComparison.Ordinal));
        var card = (message["attachments"] as JsonArray)!.OfType<JsonObject>().First()["content"]!.AsObject();
        var create = card["actions"]!.AsArray().OfType<JsonObject>().First(a => a["verb"]?.GetValue<string>() == "claim.create");
        var data = create["data"]!.DeepClone().AsObject();
        data["program"] = "PartnerCoop";
        data["activityType"] = "DigitalAdvertising";
        data["title"] = "LinkedIn campaign Q3";
        data["usageStart"] = "2026-07-01";
        data["usageEnd"] = "2026-12-31";
        data["activityDate"] = "2026-08-10";
        data["amount"] = "3200";
        data["currency"] = "BRL";
        data["vendorsUsed"] = "true";
        data["inHouseWork"] = "false";

        var response = await fixture.Client.ExecuteAsync(message["messageId"]!.ToString(), "claim.create", data);

        Assert.NotNull(response);
        var json = response.ToJsonString(Readable);
        Assert.Contains("application/vnd.microsoft.card.adaptive", json, StringComparison.Ordinal);
        Assert.Contains("Claim created.", json, StringComparison.Ordinal);
        Assert.Contains("LinkedIn campaign Q3", json, StringComparison.Ordinal);
        Assert.Contains("✗ Proof of execution (POE): missing", json, StringComparison.Ordinal);
    }
}
