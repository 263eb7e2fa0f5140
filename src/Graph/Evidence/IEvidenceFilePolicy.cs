namespace CoopAssistant.Graph.Evidence;

/// <summary>Name, type and size rules for evidence files. The host may replace the default with the claims domain's rules.</summary>
public interface IEvidenceFilePolicy
{
    /// <summary>Null when the file is acceptable, else the reason it is refused.</summary>
    EvidenceErrorCode? Check(string fileName, long sizeBytes);

    /// <summary>Null when the bytes (a seekable stream, e.g. the upload's spool file) may be kept as evidence, else why not:
    /// judged by content, never by name.</summary>
    EvidenceErrorCode? CheckContent(Stream content);
}
