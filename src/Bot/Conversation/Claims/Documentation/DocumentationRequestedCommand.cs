using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Conversation.Claims.Turns;
using CoopAssistant.Bot.Conversation.Claims.NewClaim;
using CoopAssistant.Bot.Conversation.Claims.Ready;
using CoopAssistant.Bot.Conversation.Commands;
using CoopAssistant.Bot.Localization;
using CoopAssistant.Claims.Localization;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Services;
using CoopAssistant.Claims.Validation;

namespace CoopAssistant.Bot.Conversation.Claims.Documentation;

/// <summary>
/// "documentation requested &lt;claim&gt;" / "documentação solicitada …" or the button on a submitted claim: the form,
/// then (<c>step: record</c>) the request recorded through <see cref="IClaimService.RecordDocumentationRequestAsync"/>.
/// Reminders for the answer date are scheduled elsewhere from the recorded request.
/// </summary>
public sealed class DocumentationRequestedCommand(ClaimCommands support) : ClaimCommand(support)
{
    public override string Verb => CardVerbs.ClaimDocumentationRequested;

    public override IReadOnlyList<string> Phrases { get; } =
        ["documentation requested", "additional documentation", "more documentation", "documentacao solicitada", "documentacao adicional", "pedido de documentacao"];

    protected override async Task<AdaptiveCard> ExecuteAsync(CommandContext context, ClaimTurn turn)
    {
        var culture = context.Culture;
        var text = BotText.For(culture);
        var lookup = await Commands.FindAsync(context, turn);
        if (lookup.Claim is not { } claim)
        {
            return lookup.Answer!;
        }

        var recording = CardData.Text(context.Data, DocumentationRequestCard.StepKey) == DocumentationRequestCard.RecordStep;
        if (!recording)
        {
            if (lookup.IsStale)
            {
                return Commands.ClaimCard(culture, turn, claim, ClaimCommands.StaleNote(culture));
            }

            return claim.Status != ClaimStatus.Submitted
                ? Commands.ClaimCard(culture, turn, claim, new CardNote(ClaimTexts.For(ClaimErrorCode.DocumentationRequestNotAllowed, culture), TextColor.Attention))
                : DocumentationRequestCard.Create(culture, claim, InputDate.Format(turn.Today), null, null);
        }

        using var gate = await Commands.Locks.AcquireAsync(turn.ConversationId, context.CancellationToken);
        var requestedOnText = CardData.Text(context.Data, DocumentationRequestCard.RequestedOnInput);
        var respondByText = CardData.Text(context.Data, ClaimFields.RespondBy);
        var asked = CardData.Text(context.Data, ClaimFields.RequestText)?.Trim();
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var requestedOn = CardData.Date(requestedOnText);
        if (requestedOn is null)
        {
            errors[DocumentationRequestCard.RequestedOnInput] = text[string.IsNullOrWhiteSpace(requestedOnText) ? nameof(Strings.FormErrorRequired) : nameof(Strings.FormErrorDate)];
        }

        var respondBy = CardData.Date(respondByText);
        if (respondBy is null && !string.IsNullOrWhiteSpace(respondByText))
        {
            errors[ClaimFields.RespondBy] = text[nameof(Strings.FormErrorDate)];
        }

        if (string.IsNullOrEmpty(asked))
        {
            errors[ClaimFields.RequestText] = text[nameof(Strings.FormErrorRequired)];
        }

        // A second click on the same form after it was recorded: show the recorded request.
        if (errors.Count == 0 && claim.DocumentationRequests.Any(r => r.RequestedOn == requestedOn && r.WhatWasAsked == asked))
        {
            return Commands.ClaimCard(culture, turn, claim, new CardNote(text[nameof(Strings.DocumentationRecordedNote)], TextColor.Good));
        }

        if (lookup.IsStale)
        {
            return Commands.ClaimCard(culture, turn, claim, ClaimCommands.StaleNote(culture));
        }

        if (errors.Count > 0)
        {
            return DocumentationRequestCard.Create(culture, claim, requestedOnText, respondByText, asked, errors);
        }

        var result = await Commands.Claims.RecordDocumentationRequestAsync(
            turn.Caller, claim.Id, claim.Version, new NewDocumentationRequest(requestedOn!.Value, respondBy, asked!), context.CancellationToken);
        switch (result.Outcome)
        {
            case ClaimOutcome.Ok:
                return Commands.ClaimCard(culture, turn, result.Value!, new CardNote(text[nameof(Strings.DocumentationRecordedNote)], TextColor.Good));
            case ClaimOutcome.Invalid:
                return DocumentationRequestCard.Create(culture, claim, requestedOnText, respondByText, asked, ClaimFormParser.Localize(result.Errors, culture));
            case ClaimOutcome.NotFound or ClaimOutcome.Forbidden:
                return NoticeCard.NotFound(culture);
            case ClaimOutcome.Conflict:
                var current = await Commands.Claims.GetAsync(turn.Caller, claim.Id, context.CancellationToken);
                return current is { IsOk: true, Value: { } now }
                    ? Commands.ClaimCard(culture, turn, now, ClaimCommands.StaleNote(culture))
                    : NoticeCard.NotFound(culture);
            default:
                return Commands.ClaimCard(culture, turn, claim, ReadyFlow.Refusal(culture, result));
        }
    }
}
