using CoopAssistant.TestKit.Graph;

namespace CoopAssistant.Bot.Tests.Conversation.Evidence;

/// <summary>Download links of files dropped into the chat, served by the fake Graph server the way Teams hands them to the bot:
/// SharePoint <c>download.aspx</c> links with a <c>tempauth</c> token, about 1.9 KB long, that expire.</summary>
public sealed class ChatFileLinks(FakeGraphServer graph)
{
    /// <summary>Publishes <paramref name="bytes"/> and returns its download URL.</summary>
    public Uri Add(byte[] bytes, string name = "file", bool chunked = false) => graph.AddChatFile(name, bytes, chunked);

    /// <summary>Every link given out so far stops working (its hour has passed).</summary>
    public void ExpireAll() => graph.ExpireChatFileLinks();
}
