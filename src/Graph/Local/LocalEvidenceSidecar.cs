namespace CoopAssistant.Graph.Local;

/// <summary>Metadata written beside a locally kept file.</summary>
public sealed record LocalEvidenceSidecar(string FileName, string? ContentType, long SizeBytes, string Sha256, DateTimeOffset StoredAt);
