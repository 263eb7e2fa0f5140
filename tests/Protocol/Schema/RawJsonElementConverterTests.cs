using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CoopAssistant.Protocol.Schema;

namespace CoopAssistant.Protocol.Tests.Schema;

/// <summary>Elements inside an activity (cards, values, channel data, unknown fields) are written as the bytes they were read from.</summary>
public sealed class RawJsonElementConverterTests
{
    [Fact]
    public void Serialize_ElementFromAParsedBody_WritesItsBytesUnchanged()
    {
        // Spacing, an escaped character and a number's trailing zero: the built-in converter would rewrite all three.
        const string value = """{ "text": "caf\u00e9 <b>", "amount": 2.50, "list": [ 1, { } ] }""";
        var activity = new Activity { Type = ActivityTypes.Message, Value = JsonElement.Parse(value) };

        var written = JsonSerializer.Serialize(activity, ProtocolJsonContext.Default.Activity);

        Assert.Contains("\"value\":" + value, written, StringComparison.Ordinal);
        Assert.Equal("café <b>", JsonNode.Parse(written)!["value"]!["text"]!.GetValue<string>());
    }

    [Fact]
    public void Serialize_CardsChannelDataAndUnknownFields_IsValidJsonWithTheSameContent()
    {
        const string json = """
            {"type":"message","attachments":[{"contentType":"application/vnd.microsoft.card.adaptive","content":{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"a \"quoted\" line"}]}},{"contentType":"text/plain","content":"plain"}],
             "entities":[{"type":"clientInfo","locale":"pt-BR"}],"channelData":{"tenant":{"id":"t"}},"value":null,"future":{"deep":[true,null,1e3]}}
            """;
        var activity = JsonSerializer.Deserialize(json, ProtocolJsonContext.Default.Activity)!;

        var written = JsonSerializer.SerializeToUtf8Bytes(activity, ProtocolJsonContext.Default.Activity);

        var expected = JsonNode.Parse(json)!.AsObject();
        expected.Remove("value"); // null: not written (WhenWritingNull)
        Assert.True(JsonNode.DeepEquals(expected, JsonNode.Parse(written)), Encoding.UTF8.GetString(written));
    }

    [Fact]
    public void Serialize_UndefinedElement_Throws()
    {
        var activity = new Activity { Type = ActivityTypes.Message, Value = default(JsonElement) };

        Assert.Throws<InvalidOperationException>(() => JsonSerializer.Serialize(activity, ProtocolJsonContext.Default.Activity));
    }
}
