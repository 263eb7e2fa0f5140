using System.Collections.Frozen;
using CoopAssistant.Bot.Cards;

namespace CoopAssistant.Bot.Conversation.Commands;

/// <summary>
/// Finds the command for typed text or a card verb from a table built once: the longest phrase that
/// is the whole text or its start (the rest is the argument, e.g. "status 42"). Card actions run through
/// <see cref="ExecuteCardActionAsync"/>: every <see cref="ICardActionGuard"/> first.
/// </summary>
public sealed class CommandDispatcher
{
    private readonly FrozenDictionary<string, IBotCommand> _byVerb;
    private readonly FrozenDictionary<string, IBotCommand> _byPhrase;
    private readonly int _longestPhraseWords;
    private readonly ICardActionGuard[] _guards;

    public CommandDispatcher(IEnumerable<IBotCommand> commands, IEnumerable<ICardActionGuard> guards)
    {
        _guards = [.. guards];
        var all = commands.ToList();
        _byVerb = all.ToFrozenDictionary(c => c.Verb, StringComparer.OrdinalIgnoreCase);
        _byPhrase = all.SelectMany(c => c.Phrases.Select(p => (Phrase: CommandText.Normalize(p), Command: c)))
            .ToFrozenDictionary(x => x.Phrase, x => x.Command, StringComparer.Ordinal);
        _longestPhraseWords = _byPhrase.Keys.Select(p => p.Split(' ').Length).DefaultIfEmpty(1).Max();
    }

    public IBotCommand? FindByVerb(string? verb) => verb is null ? null : _byVerb.GetValueOrDefault(verb);

    /// <summary>Runs a card action's command unless a guard refuses it (then the guard's card is the answer); a command that
    /// answers every viewer (<see cref="IAnswersEveryViewer"/>) checks access itself.</summary>
    public async Task<AdaptiveCard> ExecuteCardActionAsync(IBotCommand command, CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        foreach (var guard in command is IAnswersEveryViewer ? [] : _guards)
        {
            if (await guard.CheckAsync(context) is { } refusal)
            {
                return refusal;
            }
        }

        return await command.ExecuteAsync(context);
    }

    /// <summary>The command a person typed, with the text after its phrase; null when it is not a command.</summary>
    public (IBotCommand Command, string? Argument)? FindByText(string? text)
    {
        var words = CommandText.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var length = Math.Min(words.Length, _longestPhraseWords); length > 0; length--)
        {
            if (_byPhrase.TryGetValue(string.Join(' ', words[..length]), out var command))
            {
                var rest = string.Join(' ', words[length..]);
                return (command, rest.Length == 0 ? null : rest);
            }
        }

        return null;
    }
}
