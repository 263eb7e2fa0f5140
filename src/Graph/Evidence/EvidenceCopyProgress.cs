namespace CoopAssistant.Graph.Evidence;

/// <summary>Progress for a card such as "copying 3 of 10 files…".</summary>
/// <param name="Completed">Files finished (kept or refused).</param>
/// <param name="Total">Files in this operation.</param>
/// <param name="CurrentFileName">File just worked on.</param>
/// <param name="BytesTransferred">Bytes of the current file sent so far (uploads), else null.</param>
public sealed record EvidenceCopyProgress(int Completed, int Total, string? CurrentFileName, long? BytesTransferred = null);
