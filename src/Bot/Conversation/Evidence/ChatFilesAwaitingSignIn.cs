using CoopAssistant.Graph.Chat;

namespace CoopAssistant.Bot.Conversation.Evidence;

/// <summary>Files dropped into the chat while the user had no Microsoft 365 token, and when they arrived (Teams' download
/// links are short-lived, so old ones are dropped rather than tried).</summary>
public sealed record ChatFilesAwaitingSignIn(DateTimeOffset ReceivedAt, IReadOnlyList<TeamsFileDownloadInfo> Files)
{
    /// <summary>Files older than this when the sign-in completes are not kept (the user is asked to send them again).</summary>
    public static readonly TimeSpan MaxWait = TimeSpan.FromMinutes(30);
}
