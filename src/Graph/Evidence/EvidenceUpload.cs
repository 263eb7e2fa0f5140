namespace CoopAssistant.Graph.Evidence;

/// <summary>Bytes to keep as evidence (a file dropped in chat, an Outlook attachment). The caller owns <see cref="Content"/>.</summary>
public sealed record EvidenceUpload(EvidenceTarget Target, string FileName, string? ContentType, Stream Content, long? Length = null);
