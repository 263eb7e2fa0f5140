using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Conversation.Claims.Turns;
using CoopAssistant.Bot.Conversation.Commands;

namespace CoopAssistant.Bot.Conversation.Evidence.Search;

/// <summary>
/// "find files &lt;claim&gt;" / "buscar arquivos …" or the button: the claim's owner searches their OneDrive and SharePoint for
/// its evidence (<see cref="FileSearchFlow"/>).
/// </summary>
public sealed class SearchFilesCommand(ClaimCommands support, FileSearchFlow search) : IBotCommand
{
    public string Verb => FileSearchCards.SearchVerb;

    public IReadOnlyList<string> Phrases { get; } = ["find files", "search files", "buscar arquivos", "procurar arquivos"];

    public async Task<AdaptiveCard> ExecuteAsync(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var culture = context.Culture;
        if (await support.ResolveTurnAsync(context) is not { } turn)
        {
            return NoticeCard.Unidentified(culture);
        }

        var lookup = await support.FindAsync(context, turn);
        if (lookup.Claim is not { } claim)
        {
            return lookup.Answer!;
        }

        if (support.RefuseUnlessEditable(culture, turn, claim) is { } refusal)
        {
            return refusal;
        }

        return await search.AnswerAsync(context, turn.Caller, FileSearchScope.ForClaim(claim));
    }
}
