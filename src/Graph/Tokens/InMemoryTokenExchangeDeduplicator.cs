using System.Collections.Concurrent;
using CoopAssistant.Graph.Options;
using Microsoft.Extensions.Options;

namespace CoopAssistant.Graph.Tokens;

/// <summary>Single-host default; a scaled-out host implements <see cref="ITokenExchangeDeduplicator"/> with the database.</summary>
public sealed class InMemoryTokenExchangeDeduplicator(IOptions<SsoOptions> options, TimeProvider timeProvider) : ITokenExchangeDeduplicator
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> seen = new(StringComparer.Ordinal);

    public Task<bool> TryBeginAsync(string exchangeId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(exchangeId);
        var now = timeProvider.GetUtcNow();
        foreach (var (key, expires) in seen)
        {
            if (expires <= now)
            {
                seen.TryRemove(key, out _);
            }
        }

        return Task.FromResult(seen.TryAdd(exchangeId, now + options.Value.ExchangeDeduplicationWindow));
    }
}
