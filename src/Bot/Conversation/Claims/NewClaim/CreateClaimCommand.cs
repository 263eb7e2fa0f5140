using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Conversation.Claims.Turns;
using CoopAssistant.Bot.Conversation.Commands;
using CoopAssistant.Bot.Localization;
using CoopAssistant.Claims.Services;
using CoopAssistant.Claims.Validation;
using Microsoft.Extensions.Options;

namespace CoopAssistant.Bot.Conversation.Claims.NewClaim;

/// <summary>
/// The new-claim form's submit (<c>claim.create</c>): errors → the form again with each error under its field and the
/// values kept; valid → the claim is created and its card shown. The same form submitted twice (double click, retry)
/// shows the claim created the first time instead of creating another.
/// </summary>
public sealed class CreateClaimCommand(ClaimCommands support, CreatedForms createdForms, IOptions<ClaimsOptions> claimsOptions) : ClaimCommand(support)
{
    public override string Verb => CardVerbs.ClaimCreate;

    public override IReadOnlyList<string> Phrases { get; } = [];

    protected override async Task<AdaptiveCard> ExecuteAsync(CommandContext context, ClaimTurn turn)
    {
        var culture = context.Culture;
        var values = ClaimFormValues.FromData(context.Data);
        var formId = CardData.Text(context.Data, ClaimFormCard.FormIdKey) is { Length: > 0 and <= 64 } id ? id : Guid.NewGuid().ToString("N");
        var form = new ClaimFormState(ClaimFormMode.New, formId, null, null, values);
        using var gate = await Commands.Locks.AcquireAsync(turn.ConversationId, context.CancellationToken);

        var state = await Commands.State.GetAsync(turn.ConversationId, context.CancellationToken);
        if ((createdForms.TryGet(turn.ConversationId, formId, out var createdId) || state.Created.TryGetValue(formId, out createdId))
            && await Commands.Claims.GetAsync(turn.Caller, createdId, context.CancellationToken) is { IsOk: true, Value: { } created })
        {
            return Commands.ClaimCard(culture, turn, created, new CardNote(BotText.For(culture)[nameof(Strings.ClaimCreatedNote)], TextColor.Good));
        }

        var (draft, errors) = ClaimFormParser.Parse(values, culture, claimsOptions.Value);
        ClaimResult<ClaimView>? result = null;
        if (draft is not null)
        {
            result = await Commands.Claims.CreateOnceAsync(turn.Caller, draft, FormClaimId(turn, formId), context.CancellationToken);
            if (result.Outcome == ClaimOutcome.Invalid)
            {
                errors = ClaimFormParser.Localize(result.Errors, culture);
            }
        }

        if (result is not { IsOk: true, Value: { } claim })
        {
            if (result?.Limit is { } limit)
            {
                // Claims per day (issue 19, item 3): the form stays as typed and says the limit and when it resets.
                errors = new Dictionary<string, string> { ["form"] = RateLimits.UsageLimitText.For(limit, culture) };
            }
            else if (errors.Count == 0 && result?.Code is { } code)
            {
                errors = new Dictionary<string, string> { ["form"] = CoopAssistant.Claims.Localization.ClaimTexts.For(code, culture) };
            }

            await Commands.State.UpdateAsync(turn.ConversationId, s => s with { Form = form }, context.CancellationToken);
            return ClaimFormCard.Create(culture, form, errors);
        }

        createdForms.Remember(turn.ConversationId, formId, claim.Id);
        if (state.Form is not null)
        {
            // A form was stored (it had errors before): clear it, and remember the form's claim across restarts too.
            await Commands.State.UpdateAsync(turn.ConversationId, s => s.WithCreated(formId, claim.Id), context.CancellationToken);
        }

        return Commands.ClaimCard(culture, turn, claim, new CardNote(BotText.For(culture)[nameof(Strings.ClaimCreatedNote)], TextColor.Good));
    }

    /// <summary>The claim id a form creates: derived from tenant, user, conversation and form id, so the same form submitted
    /// again — to another host, or after a host died mid-turn — finds the claim instead of creating a second one (the
    /// in-process <see cref="CreatedForms"/> cache only spares the database write on the same host).</summary>
    internal static Guid FormClaimId(ClaimTurn turn, string formId)
    {
        var name = string.Join('\n', turn.Caller.TenantId, turn.Caller.UserObjectId, turn.ConversationId, formId);
        Span<byte> hash = stackalloc byte[32];
        System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(name), hash);
        var bytes = hash[..16];
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x80); // version 8 (name-based, custom hash), as RFC 9562 allows
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC variant
        return new Guid(bytes);
    }
}
