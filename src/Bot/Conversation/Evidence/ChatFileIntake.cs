using System.Globalization;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Conversation.Claims.Common;
using CoopAssistant.Bot.Localization;
using CoopAssistant.Protocol.Adapter;
using CoopAssistant.Claims.Localization;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Rules;
using CoopAssistant.Claims.Services;
using CoopAssistant.Claims.Validation;
using CoopAssistant.Graph.Chat;
using CoopAssistant.Graph.Evidence;

namespace CoopAssistant.Bot.Conversation.Evidence;

/// <summary>
/// Keeps files dropped into the chat as evidence of one claim: each is downloaded (<see cref="ITeamsFileDownloader"/>),
/// kept (<see cref="IEvidenceStore"/>) and recorded (<see cref="IClaimService.AddEvidenceAsync"/>); the answer is the
/// claim card with one line per file refused.
/// </summary>
public sealed class ChatFileIntake(
    ClaimCommandSupport support,
    ITeamsFileDownloader downloader,
    IEvidenceStore store)
{
    /// <summary>The editable claims of the caller that can take evidence (for the choice card).</summary>
    public async Task<IReadOnlyList<ClaimSummary>> EditableClaimsAsync(ClaimTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var mine = await support.Claims.ListMineAsync(turn.Caller, ClaimCommandSupport.ListSize, cancellationToken);
        return [.. mine.Where(c => ClaimLifecycle.IsEditable(c.Status) && c.OwnerObjectId == turn.Caller.UserObjectId)];
    }

    /// <summary>The claim when the caller may add evidence to it, else null.</summary>
    public async Task<ClaimView?> EditableClaimAsync(ClaimTurn turn, Guid claimId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var found = await support.Claims.GetAsync(turn.Caller, claimId, cancellationToken);
        return found is { IsOk: true, Value: { } claim } && ClaimLifecycle.IsEditable(claim.Status) && claim.OwnerObjectId == turn.Caller.UserObjectId
            ? claim
            : null;
    }

    /// <summary>Stores each file in turn, reporting before each one, and returns the updated claim card.</summary>
    public async Task<AdaptiveCard> StoreAsync(
        CultureInfo culture,
        ClaimTurn turn,
        ClaimView claim,
        EvidenceKind kind,
        IReadOnlyList<TeamsFileDownloadInfo> files,
        Func<int, TeamsFileDownloadInfo, Task>? beforeEach,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(files);
        var text = BotText.For(culture);
        var notes = new List<CardNote>();
        var stored = 0;
        var current = claim;
        var target = new EvidenceTarget(turn.Caller.TenantId, turn.Caller.UserObjectId, claim.Id.ToString("D"));
        for (var i = 0; i < files.Count; i++)
        {
            var file = files[i];
            if (beforeEach is not null)
            {
                await beforeEach(i, file);
            }

            var kept = await KeepAsync(target, file, cancellationToken);
            if (kept is EvidenceStoreResult.Refused refused)
            {
                notes.Add(new CardNote(text.Format(nameof(Strings.ChatFileRefused), CardText.Escape(file.Name), EvidenceErrorTexts.For(refused.Code, culture)), TextColor.Attention));
                continue;
            }

            var evidence = ((EvidenceStoreResult.Kept)kept).Evidence;
            var recorded = await RecordAsync(turn, current, kind, evidence, cancellationToken);
            if (recorded.IsOk && recorded.Value is { } updated)
            {
                current = updated;
                stored++;
            }
            else
            {
                var reason = recorded.Code is { } code ? ClaimTexts.For(code, culture) : text[nameof(Strings.ChatFileInvalid)];
                notes.Add(new CardNote(text.Format(nameof(Strings.ChatFileRefused), CardText.Escape(file.Name), reason), TextColor.Attention));
            }
        }

        if (stored > 0)
        {
            notes.Insert(0, new CardNote(text.Format(nameof(Strings.ChatFilesStored), stored, ClaimTexts.For(kind, culture)), TextColor.Good));
        }

        return support.ClaimCard(culture, turn, current, [.. notes]);
    }

    private async Task<EvidenceStoreResult> KeepAsync(EvidenceTarget target, TeamsFileDownloadInfo file, CancellationToken cancellationToken)
    {
        var download = await downloader.DownloadAsync(file, cancellationToken);
        if (download.File is not { } downloaded)
        {
            return new EvidenceStoreResult.Refused(download.Error ?? EvidenceErrorCode.DownloadFailed, file.Name);
        }

        await using (downloaded)
        {
            return await store.StoreAsync(
                new EvidenceUpload(target, file.Name, downloaded.ContentType, downloaded.Content, downloaded.Length),
                progress: null,
                cancellationToken);
        }
    }

    private Task<ClaimResult<ClaimView>> RecordAsync(ClaimTurn turn, ClaimView claim, EvidenceKind kind, StoredEvidence evidence, CancellationToken cancellationToken) =>
        RecordAsync(
            turn,
            claim,
            new NewEvidence(
                kind,
                EvidenceSource.TeamsUpload,
                evidence.FileName,
                evidence.SizeBytes,
                evidence.ContentType,
                evidence.DriveId,
                evidence.ItemId,
                evidence.WebUrl,
                evidence.ETag,
                evidence.QuickXorHash,
                evidence.Sha256,
                evidence.Location),
            cancellationToken);

    /// <summary>Records <paramref name="item"/> on the claim, re-reading the claim once on a version conflict.</summary>
    public async Task<ClaimResult<ClaimView>> RecordAsync(ClaimTurn turn, ClaimView claim, NewEvidence item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var result = await support.Claims.AddEvidenceAsync(turn.Caller, claim.Id, claim.Version, item, cancellationToken);
        if (result.Outcome == ClaimOutcome.Conflict && await EditableClaimAsync(turn, claim.Id, cancellationToken) is { } fresh)
        {
            result = await support.Claims.AddEvidenceAsync(turn.Caller, fresh.Id, fresh.Version, item, cancellationToken);
        }

        return result;
    }
}
