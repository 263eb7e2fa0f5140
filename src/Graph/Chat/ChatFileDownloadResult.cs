using CoopAssistant.Graph.Evidence;

namespace CoopAssistant.Graph.Chat;

/// <summary>The downloaded file, or why not (<c>DownloadHostNotAllowed</c>, <c>DownloadFailed</c>, <c>NotFound</c>, <c>NoAccess</c>).</summary>
public sealed record ChatFileDownloadResult(DownloadedChatFile? File, EvidenceErrorCode? Error);
