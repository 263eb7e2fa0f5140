using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Conversation.Commands;

namespace CoopAssistant.Bot.Conversation.Claims.Turns;

/// <summary>
/// A command that acts for an identified caller: the caller's turn (tenant, user, roles, time zone, today) is resolved once
/// here, and a caller who cannot be identified gets the "who are you" card without the command running.
/// </summary>
public abstract class ClaimCommand(ClaimCommands commands) : IBotCommand
{
    /// <summary>The claim lookup, the claim card and the form state every claim command uses.</summary>
    protected ClaimCommands Commands { get; } = commands;

    public abstract string Verb { get; }

    public abstract IReadOnlyList<string> Phrases { get; }

    public async Task<AdaptiveCard> ExecuteAsync(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return await Commands.ResolveTurnAsync(context) is { } turn
            ? await ExecuteAsync(context, turn)
            : NoticeCard.Unidentified(context.Culture);
    }

    /// <summary>Runs the command for the identified caller's <paramref name="turn"/>.</summary>
    protected abstract Task<AdaptiveCard> ExecuteAsync(CommandContext context, ClaimTurn turn);
}
