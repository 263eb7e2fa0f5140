using System.Globalization;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Conversation.Claims.Turns;
using CoopAssistant.Bot.Conversation.Commands;
using CoopAssistant.Bot.Conversation.Evidence.SignIn;
using CoopAssistant.Bot.Localization;
using CoopAssistant.Claims.Access;
using CoopAssistant.Claims.Localization;
using CoopAssistant.Graph.Evidence;
using CoopAssistant.Graph.Files;

namespace CoopAssistant.Bot.Conversation.Evidence.Search;

/// <summary>
/// The one OneDrive/SharePoint search, whoever it is for (<see cref="FileSearchScope"/>: a claim's owner, or a colleague answering
/// a request): the OAuth card first when the caller has no Graph token; without a query the search card with the caller's recently
/// modified files (<see cref="IGraphFileFinder.RecentAsync"/>: Graph search sorted by last change); with one, Graph search over
/// OneDrive and SharePoint and the results card (paged with <c>from</c>). Always with the caller's own Graph token: they see their files.
/// </summary>
public sealed partial class FileSearchFlow(GraphSignIn signIn, IGraphFileFinder finder, ILogger<FileSearchFlow> logger)
{
    public async Task<AdaptiveCard> AnswerAsync(CommandContext context, ClaimsCaller caller, FileSearchScope scope)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(scope);
        var culture = context.Culture;
        var text = BotText.For(culture);
        if (!signIn.IsConfigured)
        {
            return NoticeCard.Create(culture, text[nameof(Strings.SignInTitle)], text[nameof(Strings.SignInNotConfigured)]);
        }

        var user = new GraphUserKey(caller.TenantId, caller.UserObjectId);
        if (await signIn.NeedsSignInAsync(user, context.CancellationToken))
        {
            await signIn.SendOAuthCardAsync(context.Turn);
            return NoticeCard.Create(culture, text[nameof(Strings.SignInTitle)], text[nameof(Strings.SignInSent)]);
        }

        var query = CardData.Text(context.Data, FileSearchCards.QueryInput)?.Trim();
        if (string.IsNullOrEmpty(query))
        {
            return FileSearchCards.Search(culture, scope, recent: await RecentAsync(user, context.CancellationToken));
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
            return FileSearchCards.Search(culture, scope, query, EvidenceErrorTexts.For(code, culture));
        }

        return FileSearchCards.Results(culture, scope, query, page);
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
