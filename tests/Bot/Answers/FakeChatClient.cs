using Microsoft.Extensions.AI;

namespace CoopAssistant.Bot.Tests.Answers;

/// <summary>An IChatClient that records the messages it gets and answers with a fixed text (or throws).</summary>
internal sealed class FakeChatClient(string? reply, Exception? failure = null) : IChatClient
{
    public List<ChatMessage> Received { get; } = [];

    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        Received.AddRange(messages);
        return failure is null
            ? Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, reply)))
            : Task.FromException<ChatResponse>(failure);
    }

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }
}
