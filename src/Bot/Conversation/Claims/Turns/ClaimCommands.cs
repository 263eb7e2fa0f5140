using System.Globalization;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Conversation.Claims.ClaimCard;
using CoopAssistant.Bot.Conversation.Claims.MyClaims;
using CoopAssistant.Bot.Conversation.Commands;
using CoopAssistant.Bot.Localization;
using CoopAssistant.Claims.Services;
using CoopAssistant.Claims.Validation;
using CoopAssistant.Claims.Rules;
using CoopAssistant.Claims.Localization;

namespace CoopAssistant.Bot.Conversation.Claims.Turns;

/// <summary>What every claim command needs: who is asking, which claim (from card data or typed title/number), the claim card, the stored form state.</summary>
public sealed class ClaimCommands(
    ClaimTurnResolver turns,
    IClaimService claims,
    ClaimCardFactory cards,
    ClaimFormStateStore state,
    ConversationLocks locks)
{
    /// <summary>How many of the user's claims typed commands search and "my claims" lists.</summary>
    public const int ListSize = 25;

    public IClaimService Claims => claims;

    public ClaimFormStateStore State => state;

    public ConversationLocks Locks => locks;

    public Task<ClaimTurn?> ResolveTurnAsync(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return turns.ResolveAsync(context.Turn);
    }

    public AdaptiveCard ClaimCard(CultureInfo culture, ClaimTurn turn, ClaimView claim, params CardNote[] notes) =>
        cards.Create(culture, turn, claim, notes);

    /// <summary>The claim card saying the claim cannot be changed, or null when the caller is its owner and it is still editable.</summary>
    public AdaptiveCard? RefuseUnlessEditable(CultureInfo culture, ClaimTurn turn, ClaimView claim)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(claim);
        return ClaimLifecycle.IsEditable(claim.Status) && claim.OwnerObjectId == turn.Caller.UserObjectId
            ? null
            : ClaimCard(culture, turn, claim, new CardNote(ClaimTexts.For(ClaimErrorCode.ClaimNotEditable, culture), TextColor.Attention));
    }

    public static CardNote StaleNote(CultureInfo culture) =>
        new(BotText.For(culture)[nameof(Strings.StaleCardNote)], TextColor.Warning);

    /// <summary>
    /// The claim from the card data (<c>claimId</c>, <c>claimVersion</c>), else from the typed argument: a number is the
    /// position in "my claims", other text matches the title. No argument: the only open claim, or the list to choose from.
    /// </summary>
    public async Task<ClaimLookup> FindAsync(CommandContext context, ClaimTurn turn)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(turn);
        var culture = context.Culture;
        if (ClaimReference.FromData(context.Data) is { } reference)
        {
            var found = await claims.GetAsync(turn.Caller, reference.ClaimId, context.CancellationToken);
            return found is { IsOk: true, Value: { } claim }
                ? new ClaimLookup(claim, reference.Version is { } v && v != claim.Version, null)
                : new ClaimLookup(null, false, NoticeCard.NotFound(culture));
        }

        var mine = await claims.ListMineAsync(turn.Caller, ListSize, context.CancellationToken);
        ClaimSummary? match = null;
        var argument = context.Argument?.Trim();
        if (string.IsNullOrEmpty(argument))
        {
            var open = mine.Where(c => ClaimStatusGroups.IsOpen(c.Status)).ToList();
            if (open.Count != 1)
            {
                return new ClaimLookup(null, false, MyClaimsCard.Create(culture, turn, mine, organization: false));
            }

            match = open[0];
        }
        else if (int.TryParse(argument.TrimStart('#'), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
        {
            match = number >= 1 && number <= mine.Count ? mine[number - 1] : null;
        }
        else
        {
            var wanted = CommandText.Normalize(argument);
            match = mine.FirstOrDefault(c => CommandText.Normalize(c.Title) == wanted)
                ?? mine.FirstOrDefault(c => CommandText.Normalize(c.Title).Contains(wanted, StringComparison.Ordinal));
        }

        if (match is null)
        {
            return new ClaimLookup(null, false, NoticeCard.NotFound(culture));
        }

        var result = await claims.GetAsync(turn.Caller, match.Id, context.CancellationToken);
        return result is { IsOk: true, Value: { } view }
            ? new ClaimLookup(view, false, null)
            : new ClaimLookup(null, false, NoticeCard.NotFound(culture));
    }
}
