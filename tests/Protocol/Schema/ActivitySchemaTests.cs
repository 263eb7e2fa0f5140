using System.Text.Json;
using System.Text.Json.Nodes;
using CoopAssistant.Protocol.Schema;
using CoopAssistant.TestKit;

namespace CoopAssistant.Protocol.Tests.Schema;

/// <summary>The loose schema reads the captured client activities and writes back everything it did not type.</summary>
public sealed class ActivitySchemaTests
{
    public static TheoryData<string> Fixtures => new()
    {
        "message.json", "message-card-submit.json", "invoke-adaptive-card-action.json", "conversation-update.json", "installation-update.json",
    };

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void CapturedActivity_RoundTrips_WithoutLosingAProperty(string file)
    {
        var json = File.ReadAllText(RepoPaths.Fixture("playground", file));

        var activity = JsonSerializer.Deserialize(json, ProtocolJsonContext.Default.Activity)!;
        var written = JsonSerializer.Serialize(activity, ProtocolJsonContext.Default.Activity);

        Assert.True(JsonNode.DeepEquals(SameInstants(JsonNode.Parse(json)), SameInstants(JsonNode.Parse(written))), written);
        Assert.Equal("00000000-0000-0000-0000-0000000000001", activity.TenantId);
        Assert.Equal("msteams", activity.ChannelId);
    }

    /// <summary>Timestamps are typed: <c>…47.400Z</c> comes back as <c>…47.4+00:00</c>, the same instant and offset.</summary>
    private static JsonNode? SameInstants(JsonNode? node)
    {
        foreach (var name in new[] { "timestamp", "localTimestamp" })
        {
            if (node?[name] is JsonValue value)
            {
                node[name] = DateTimeOffset.Parse(value.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture).ToString("O", System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return node;
    }

    [Fact]
    public void UnknownTeamsFields_AreKept()
    {
        const string json = """{"type":"message","id":"1","serviceUrl":"https://smba.trafficmanager.net/amer/","conversation":{"id":"a:1","tenantId":"t","aadGroupId":"g"},"from":{"id":"29:x","userPrincipalName":"a@b.c"},"channelData":{"tenant":{"id":"t"},"eventType":"x"},"newField":{"deep":[1,2]}}""";

        var activity = JsonSerializer.Deserialize(json, ProtocolJsonContext.Default.Activity)!;

        Assert.True(activity.Properties!.ContainsKey("newField"));
        Assert.True(activity.Conversation!.Properties!.ContainsKey("aadGroupId"));
        Assert.True(activity.From!.Properties!.ContainsKey("userPrincipalName"));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse(JsonSerializer.Serialize(activity, ProtocolJsonContext.Default.Activity))));
    }
}
