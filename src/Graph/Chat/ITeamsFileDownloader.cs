using CoopAssistant.Claims.Results;
using CoopAssistant.Graph.Evidence;

namespace CoopAssistant.Graph.Chat;

/// <summary>Downloads files users drop into the 1:1 chat (only https URLs on allowed hosts).</summary>
public interface ITeamsFileDownloader
{
    Task<Result<DownloadedChatFile, EvidenceErrorCode>> DownloadAsync(TeamsFileDownloadInfo info, CancellationToken cancellationToken);
}
