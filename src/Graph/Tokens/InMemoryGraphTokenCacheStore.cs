using System.Collections.Concurrent;

namespace CoopAssistant.Graph.Tokens;

/// <summary>Default cache store: process memory (lost on restart).</summary>
public sealed class InMemoryGraphTokenCacheStore : IGraphTokenCacheStore
{
    private readonly ConcurrentDictionary<string, byte[]> entries = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> Keys => [.. entries.Keys];

    public Task<byte[]?> ReadAsync(string key, CancellationToken cancellationToken) =>
        Task.FromResult(entries.TryGetValue(key, out var value) ? value : null);

    public Task WriteAsync(string key, byte[] value, CancellationToken cancellationToken)
    {
        entries[key] = value;
        return Task.CompletedTask;
    }

    public Task RemoveAsync(string key, CancellationToken cancellationToken)
    {
        entries.TryRemove(key, out _);
        return Task.CompletedTask;
    }
}
