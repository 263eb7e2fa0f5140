using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Conversation.Claims.Turns;
using CoopAssistant.Bot.Localization;
using CoopAssistant.Claims.Funds;
using CoopAssistant.Graph.Chat;
using CoopAssistant.Protocol.Adapter;

namespace CoopAssistant.Bot.Conversation.Funds;

/// <summary>
/// A funds CSV dropped into the 1:1 chat by an Incentives administrator: one <c>.csv</c> file whose first line names the funds
/// columns (<see cref="FundCsv.HasFundsHeader"/>; any other file, or any file from someone else, stays evidence). The file is
/// downloaded and previewed at once (the same preview card as a pasted file, errors with their line numbers) and nothing is stored;
/// "Import" (<see cref="ImportAsync"/>) downloads it again and imports it when its bytes are the ones previewed. Importing the
/// same file again changes nothing.
/// </summary>
public sealed partial class FundsFileImport(
    IFundService funds, ITeamsFileDownloader downloader, ClaimFormStateStore state, TimeProvider time, ILogger<FundsFileImport> logger)
{
    /// <summary>True when the message was a funds file and its preview card was sent; false leaves the files to the evidence flow.</summary>
    public async Task<bool> TryPreviewAsync(TurnContext turn, ClaimTurn claimTurn, IReadOnlyList<TeamsFileDownloadInfo> files)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(claimTurn);
        ArgumentNullException.ThrowIfNull(files);
        if (files.Count != 1 || !claimTurn.Caller.IsIncentivesAdministrator || !IsCsv(files[0]))
        {
            return false;
        }

        var file = files[0];
        var read = await DownloadAsync(file, turn.CancellationToken);
        if (read is not { Text: { } csv, Sha256: { } sha } || !FundCsv.HasFundsHeader(csv))
        {
            return false;
        }

        var preview = await funds.PreviewImportAsync(claimTurn.Caller, csv, turn.CancellationToken);
        if (preview is not { IsOk: true, Value: { } value })
        {
            return false;
        }

        var pending = new PendingFundsFile(file, sha, time.GetUtcNow());
        await state.UpdateAsync(claimTurn.ConversationId, s => s with { FundsFile = pending }, turn.CancellationToken);
        await turn.SendAsync(ImportFundsCard.ForFile(turn.Culture, file.Name, sha, value).ToActivity());
        return true;
    }

    /// <summary>"Import" on the preview of a dropped file (<paramref name="sha256"/> names the bytes previewed).</summary>
    public async Task<AdaptiveCard> ImportAsync(ClaimTurn claimTurn, string? sha256, System.Globalization.CultureInfo culture, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claimTurn);
        var pending = (await state.GetAsync(claimTurn.ConversationId, cancellationToken)).FundsFile;
        if (pending is null || !string.Equals(pending.Sha256, sha256, StringComparison.Ordinal) || time.GetUtcNow() - pending.ReceivedAt > PendingFundsFile.MaxWait)
        {
            return Gone(culture);
        }

        var read = await DownloadAsync(pending.File, cancellationToken);
        if (read is not { Text: { } csv } || !string.Equals(read.Sha256, pending.Sha256, StringComparison.Ordinal))
        {
            return Gone(culture);
        }

        var result = await funds.ImportAsync(claimTurn.Caller, csv, cancellationToken);
        return await ImportFundsCommand.ResultCardAsync(funds, claimTurn, culture, result, preview => ImportFundsCard.ForFile(culture, pending.File.Name, pending.Sha256, preview), cancellationToken);
    }

    private static bool IsCsv(TeamsFileDownloadInfo file) =>
        string.Equals(file.FileType, "csv", StringComparison.OrdinalIgnoreCase)
        || file.Name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);

    private static AdaptiveCard Gone(System.Globalization.CultureInfo culture)
    {
        var text = BotText.For(culture);
        return NoticeCard.Create(culture, text[nameof(Strings.ImportTitle)], text[nameof(Strings.ImportFileGone)], TextColor.Attention);
    }

    private async Task<FundCsvFileRead?> DownloadAsync(TeamsFileDownloadInfo file, CancellationToken cancellationToken)
    {
        var download = await downloader.DownloadAsync(file, cancellationToken);
        if (download.Value is not { } downloaded)
        {
            LogDownloadFailed(logger, download.Error.ToString());
            return null;
        }

        await using (downloaded)
        {
            try
            {
                return await FundCsvFile.ReadAsync(downloaded.Content, cancellationToken);
            }
            catch (Exception e) when (e is IOException or HttpRequestException)
            {
                LogDownloadFailed(logger, e.GetType().Name);
                return null;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A funds file dropped into the chat could not be downloaded ({Reason})")]
    private static partial void LogDownloadFailed(ILogger logger, string reason);
}
