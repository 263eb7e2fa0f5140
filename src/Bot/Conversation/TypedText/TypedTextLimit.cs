namespace CoopAssistant.Bot.Conversation.TypedText;

/// <summary>
/// How much typed text the commands and the question answerer read. Teams lets a message carry about 28 KB; a question or a
/// command is a sentence or two, so anything longer is answered with <see cref="TooLongCard"/> before any matching runs (the
/// recognizers' cost then has a fixed bound, whatever the message).
/// </summary>
public static class TypedTextLimit
{
    /// <summary>The most characters (after trimming) that commands and questions look at.</summary>
    public const int MaxCharacters = 500;

    /// <summary>True when the message is longer than the commands and questions read.</summary>
    public static bool IsTooLong(string? text) => text is not null && text.AsSpan().Trim().Length > MaxCharacters;
}
