namespace CoopAssistant.TestKit.Graph;

/// <summary>One request the fake Graph server saw (a <c>$batch</c> step is recorded with <see cref="InBatch"/> = true).</summary>
public sealed record FakeGraphRequest(string Method, string Path, string Kind, int Status, bool InBatch, string? Authorization, string? Query = null);
