using System.Collections.Frozen;
using CoopAssistant.Bot.Conversation.Commands;

namespace CoopAssistant.Bot.Conversation.Teams;

public enum SharedCommand
{
    Help = 0,
    Status = 1,
    DigestHere = 2,
}

/// <summary>What works in a group chat or channel, typed after the @mention in either language (no case or accents; the mention
/// itself is dropped by <see cref="CommandText.Normalize"/>). Anything else gets the help for that place.</summary>
public static class SharedCommands
{
    private static readonly FrozenDictionary<string, SharedCommand> Phrases = new Dictionary<string, SharedCommand>(StringComparer.Ordinal)
    {
        ["status"] = SharedCommand.Status,
        ["situacao"] = SharedCommand.Status,
        ["my claims"] = SharedCommand.Status,
        ["minhas reivindicacoes"] = SharedCommand.Status,
        ["digest here"] = SharedCommand.DigestHere,
        ["resumo aqui"] = SharedCommand.DigestHere,
        ["help"] = SharedCommand.Help,
        ["ajuda"] = SharedCommand.Help,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static SharedCommand Find(string? text) =>
        Phrases.TryGetValue(CommandText.Normalize(text), out var command) ? command : SharedCommand.Help;
}
