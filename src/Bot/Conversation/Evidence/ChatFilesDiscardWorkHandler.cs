using CoopAssistant.Claims.Results;
using CoopAssistant.Claims.Work;
using CoopAssistant.Graph.Evidence;
using CoopAssistant.Scheduling.Work;

namespace CoopAssistant.Bot.Conversation.Evidence;

/// <summary>
/// Runs <see cref="ChatFilesDiscardWork"/>: when the batch's claim was never chosen, its copies are deleted from the incoming
/// folder (the choice card then says the files are gone). A batch still downloading is looked at again later.
/// </summary>
public sealed partial class ChatFilesDiscardWorkHandler(IBackgroundWorkQueue queue, IEvidenceStore store, ILogger<ChatFilesDiscardWorkHandler> logger)
    : BackgroundWorkHandler<ChatFilesDiscardWork>
{
    protected override BackgroundWorkKind<ChatFilesDiscardWork> WorkKind => ChatFilesDiscardWork.WorkKind;

    protected override async Task<Result<Done, BackgroundWorkDelay>> RunAsync(BackgroundWorkContext<ChatFilesDiscardWork> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        var batchId = work.Payload.BatchId;
        if (await queue.FindByKeyAsync(ChatFilesWork.WorkKind, ChatFilesWork.ChoiceKey(batchId), cancellationToken) is not null
            || await queue.FindAsync(ChatFilesWork.WorkKind, batchId, cancellationToken) is not { } batch)
        {
            return BackgroundWorkResult.Done;
        }

        if (batch.State == BackgroundWorkState.Pending)
        {
            return BackgroundWorkResult.Defer(TimeSpan.FromMinutes(1));
        }

        var owner = new GraphUserKey(work.Payload.Address.TenantId, work.Payload.Address.UserObjectId);
        var discarded = 0;
        foreach (var file in batch.Payload.Files.Where(f => f is { Step: ChatFileStep.Kept, Staged: true }))
        {
            discarded += await store.DiscardIncomingAsync(file.Kept!, owner, cancellationToken) ? 1 : 0;
        }

        LogDiscarded(logger, batchId, discarded);
        return BackgroundWorkResult.Done;
    }

    protected override Task GiveUpAsync(BackgroundWorkContext<ChatFilesDiscardWork> work, CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Chat files of batch {BatchId} were never given a claim: {Count} kept copies deleted")]
    private static partial void LogDiscarded(ILogger logger, Guid batchId, int count);
}
