using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CoopAssistant.Protocol.Adapter;
using CoopAssistant.Protocol.Schema;
using CoopAssistant.TestKit;

namespace CoopAssistant.Protocol.Tests.Adapter;

/// <summary>The reader parses from a pooled buffer: what it returns must not refer to that buffer once it is reused.</summary>
public sealed class ActivityReaderTests
{
    [Theory]
    [InlineData("invoke-adaptive-card-action.json")]
    [InlineData("message-card-submit.json")]
    [InlineData("message.json")]
    public void ParsedActivity_KeepsEveryValue_WhenTheBufferIsOverwritten(string file)
    {
        var json = File.ReadAllText(RepoPaths.Fixture("playground", file));
        var buffer = Encoding.UTF8.GetBytes(json);
        var expected = JsonSerializer.Serialize(JsonSerializer.Deserialize(json, ProtocolJsonContext.Default.Activity)!, ProtocolJsonContext.Default.Activity);

        var activity = ActivityReader.Parse(buffer)!;
        Array.Fill(buffer, (byte)' ');

        var written = JsonSerializer.Serialize(activity, ProtocolJsonContext.Default.Activity);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(written)), written);
    }
}
