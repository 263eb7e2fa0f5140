namespace CoopAssistant.Graph.Evidence;

/// <summary>Name, type and size rules for evidence files. The host may replace the default with the claims domain's rules.</summary>
public interface IEvidenceFilePolicy
{
    /// <summary>Null when the file is acceptable, else the reason it is refused.</summary>
    EvidenceErrorCode? Check(string fileName, long sizeBytes);
}
