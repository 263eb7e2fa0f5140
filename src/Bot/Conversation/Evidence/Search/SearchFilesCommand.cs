using System.Globalization;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Conversation.Claims.Turns;
using CoopAssistant.Bot.Conversation.Commands;
using CoopAssistant.Bot.Conversation.Evidence.SignIn;
using CoopAssistant.Bot.Localization;
using CoopAssistant.Claims.Localization;
using CoopAssistant.Claims.Rules;
using CoopAssistant.Claims.Validation;
using CoopAssistant.Graph.Evidence;
using CoopAssistant.Graph.Files;

namespace CoopAssistant.Bot.Conversation.Evidence.Search;

/// <summary>
/// "find files &lt;claim&gt;" / "buscar arquivos …" or the button: without a query the search card with the user's recently
/// modified files (<see cref="IGraphFileFinder.RecentAsync"/>: Graph search sorted by last change); with one, Graph search
/// over OneDrive and SharePoint and the results card (paged with <c>from</c>). Sends the OAuth card first when the user
/// has no Graph token.
/// </summary>
public sealed partial class SearchFilesCommand(ClaimCommands support, GraphSignIn signIn, IGraphFileFinder finder, ILogger<SearchFilesCommand> logger) : IBotCommand
{
    public string Verb => FileSearchCards.SearchVerb;

    public IReadOnlyList<string> Phrases { get; } = ["find files", "search files", "buscar arquivos", "procurar arquivos"];

    public async Task<AdaptiveCard> ExecuteAsync(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var culture = context.Culture;
        var text = BotText.For(culture);
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

        if (!signIn.IsConfigured)
        {
            return NoticeCard.Create(culture, text[nameof(Strings.SignInTitle)], text[nameof(Strings.SignInNotConfigured)]);
        }

        var user = new GraphUserKey(turn.Caller.TenantId, turn.Caller.UserObjectId);
        if (await signIn.NeedsSignInAsync(user, context.CancellationToken))
        {
            await signIn.SendOAuthCardAsync(context.Turn);
            return NoticeCard.Create(culture, text[nameof(Strings.SignInTitle)], text[nameof(Strings.SignInSent)]);
        }

        var query = CardData.Text(context.Data, FileSearchCards.QueryInput)?.Trim();
        if (string.IsNullOrEmpty(query))
        {
            return FileSearchCards.Search(culture, claim, recent: await RecentAsync(user, context.CancellationToken));
        }

        var from = int.TryParse(CardData.Text(context.Data, FileSearchCards.FromKey), NumberStyles.Integer, CultureInfo.InvariantCulture, out var f) && f > 0 ? f : 0;
        await context.Turn.SendTypingAsync();
        FileSearchPage page;
        try
        {
            page = await finder.SearchAsync(user, query, from, FileSearchCards.PageSize, context.CancellationToken);
        }
        catch (Exception exception) when (GraphFailure.Classify(exception) is { } code)
        {
            // Graph still failing after the SDK's retries (a 429/5xx storm): say so on the search card, query kept.
            LogSearchFailed(logger, exception, code);
            return FileSearchCards.Search(culture, claim, query, EvidenceErrorTexts.For(code, culture));
        }

        return FileSearchCards.Results(culture, claim, query, page);
    }

    /// <summary>The user's recent files for the empty search card; none when Graph cannot list them now (the query still works).</summary>
    private async Task<IReadOnlyList<FoundFile>> RecentAsync(GraphUserKey user, CancellationToken cancellationToken)
    {
        try
        {
            return await finder.RecentAsync(user, FileSearchCards.PageSize, cancellationToken);
        }
        catch (Exception ex) when (ex is CoopAssistant.Graph.Client.GraphSignInRequiredException || GraphFailure.Classify(ex) is not null)
        {
            LogRecentFailed(logger, ex.GetType().Name);
            return [];
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Recent files could not be listed ({Error}); the search card shows the query only")]
    private static partial void LogRecentFailed(ILogger logger, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "File search failed after the Graph retries: {Code}")]
    private static partial void LogSearchFailed(ILogger logger, Exception exception, EvidenceErrorCode code);
}
