using System.Text.Json;
using System.Text.Json.Serialization;
using CoopAssistant.Bot.Conversation.Background;
using CoopAssistant.Bot.Conversation.Evidence.Search;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Validation;
using CoopAssistant.Graph.Evidence;
using CoopAssistant.Scheduling.Work;

namespace CoopAssistant.Bot.Conversation.Evidence;

/// <summary>
/// Background work: files dropped into the chat, downloaded at once (their links are short-lived) and kept. With a claim
/// (<see cref="ClaimId"/>) each is recorded on it and the progress card (<see cref="CardActivityId"/>) is updated in place
/// ("copying 3 of 8 files…", then the claim card). Without one the files are kept in the incoming folder while the user
/// chooses; the choice queues another <see cref="ChatFilesWork"/> naming this one as <see cref="StagedBatchId"/>, which waits
/// for it, moves its files to the claim's folder and records them. The download links live only here, on the server, and are
/// dropped once used: cards carry the short id of the work, never a link. With <see cref="ColleagueRequestId"/> the files are a
/// colleague's answer to a request: recorded on the request's claim as its owner asked, and the colleague sees a thank-you, not the claim.
/// </summary>
public sealed record ChatFilesWork(
    ConversationAddress Address,
    string? CardActivityId,
    Guid? ClaimId,
    EvidenceKind Kind,
    IReadOnlyList<ChatFileEntry> Files,
    Guid? StagedBatchId = null,
    Guid? ColleagueRequestId = null)
{
    public static readonly BackgroundWorkKind<ChatFilesWork> WorkKind = new("evidence.chatFiles", EvidenceWorkJsonContext.Default.ChatFilesWork);

    /// <summary>The key of the work that takes a batch to its claim (one per batch, whatever the clicks).</summary>
    public static string ChoiceKey(Guid batchId) => "chatfiles:choice:" + batchId.ToString("N");
}

/// <summary>
/// Background work queued with a batch kept while the user chooses its claim, due after <c>Evidence:IncomingRetention</c>: if
/// no choice came by then, the batch's copies are deleted from the incoming folder.
/// </summary>
public sealed record ChatFilesDiscardWork(Guid BatchId, ConversationAddress Address)
{
    public static readonly BackgroundWorkKind<ChatFilesDiscardWork> WorkKind = new("evidence.chatFiles.discard", EvidenceWorkJsonContext.Default.ChatFilesDiscardWork);

    public static string Key(Guid batchId) => "chatfiles:discard:" + batchId.ToString("N");
}

/// <summary>Where one file of <see cref="ChatFilesWork"/> is.</summary>
public enum ChatFileStep
{
    /// <summary>Not downloaded yet (<see cref="ChatFileEntry.DownloadUrl"/> set).</summary>
    Waiting,

    /// <summary>Downloaded and kept (<see cref="ChatFileEntry.Kept"/>); <see cref="ChatFileEntry.Staged"/> while in the incoming folder.</summary>
    Kept,

    /// <summary>Recorded on the claim.</summary>
    Recorded,

    /// <summary>Not taken: <see cref="ChatFileEntry.Error"/> or <see cref="ChatFileEntry.ClaimError"/> says why.</summary>
    Refused,
}

/// <summary>One file of <see cref="ChatFilesWork"/>: the attachment's name and download info, then what became of it.</summary>
public sealed record ChatFileEntry(
    string Name,
    string? DownloadUrl,
    string? UniqueId,
    string? FileType,
    ChatFileStep Step = ChatFileStep.Waiting,
    StoredEvidence? Kept = null,
    bool Staged = false,
    EvidenceErrorCode? Error = null,
    ClaimErrorCode? ClaimError = null);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ChatFilesWork))]
[JsonSerializable(typeof(ChatFilesDiscardWork))]
[JsonSerializable(typeof(AttachFoundWork))]
internal sealed partial class EvidenceWorkJsonContext : JsonSerializerContext;
