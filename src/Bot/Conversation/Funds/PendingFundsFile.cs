using CoopAssistant.Graph.Chat;

namespace CoopAssistant.Bot.Conversation.Funds;

/// <summary>A funds file dropped into the chat and previewed: its download link (a short-lived secret, kept on the server, never in
/// card data), the SHA-256 of the bytes previewed and when it arrived. "Import" downloads it again and imports it only when the
/// bytes are the ones previewed.</summary>
public sealed record PendingFundsFile(TeamsFileDownloadInfo File, string Sha256, DateTimeOffset ReceivedAt)
{
    /// <summary>Teams' download links last about an hour; an older pending file is not tried.</summary>
    public static readonly TimeSpan MaxWait = TimeSpan.FromMinutes(50);
}
