using System.Collections.Concurrent;
using CoopAssistant.TestKit.App.Corpus;

namespace CoopAssistant.Documents.Tests.Corpus;

/// <summary>Makes every corpus document once per test run (Chromium prints one page at a time).</summary>
public sealed class CorpusFixture : IAsyncLifetime
{
    private readonly ConcurrentDictionary<string, byte[]> files = new(StringComparer.Ordinal);

    internal CorpusEntry Entry(string name) => EvidenceCorpus.Entries.Single(e => e.Name == name);

    internal byte[] Bytes(string name) => files[name];

    public async Task InitializeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        await Parallel.ForEachAsync(
            EvidenceCorpus.Entries,
            new ParallelOptions { MaxDegreeOfParallelism = 2, CancellationToken = timeout.Token },
            async (entry, _) => files[entry.Name] = await entry.Make());
    }

    public Task DisposeAsync() => Task.CompletedTask;
}

[CollectionDefinition(Name)]
public sealed class CorpusCollection : ICollectionFixture<CorpusFixture>
{
    public const string Name = "Evidence corpus";
}
