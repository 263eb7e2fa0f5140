using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Conversation.Claims.Turns;
using CoopAssistant.Bot.Localization;
using CoopAssistant.Claims.Localization;
using CoopAssistant.Claims.Services;
using CoopAssistant.Protocol.Adapter;
using CoopAssistant.Protocol.Schema;

namespace CoopAssistant.Bot.Conversation.Sharing;

/// <summary>
/// The message extension's "Find a claim" search (<c>composeExtension/query</c>, command <c>findClaim</c>), in Teams and Outlook:
/// the claims the person may see (title, status, deadline and days left), each inserted as the shared claim card.
/// </summary>
public sealed class FindClaimQueryHandler(ClaimTurnResolver turns, IClaimService claims, SharedClaimViewers viewers) : IActivityHandler
{
    public const string CommandId = "findClaim";

    /// <summary>Results per page: Teams asks with <c>queryOptions.count</c> (25 by default); never more than this.</summary>
    public const int MaxResults = 25;

    /// <summary>How many visible claims are searched (most urgent first).</summary>
    public const int SearchedClaims = 500;

    public string ActivityType => ActivityTypes.Invoke;

    public string? InvokeName => InvokeNames.ComposeExtensionQuery;

    public async Task<InvokeResponse?> HandleAsync(TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var culture = turn.Culture;
        var text = BotText.For(culture);
        var query = Query.Read(turn.Activity.Value);
        if (!string.Equals(query.CommandId, CommandId, StringComparison.Ordinal))
        {
            return MessageExtensionResults.Message(text[nameof(Strings.SearchUnknownCommand)]);
        }

        if (await turns.ResolveAsync(turn) is not { } caller)
        {
            return MessageExtensionResults.Message(text[nameof(Strings.UnidentifiedText)]);
        }

        var visible = await claims.ListVisibleAsync(caller.Caller, SearchedClaims, turn.CancellationToken);
        var page = ClaimSearch.Filter(visible, query.Text).Skip(query.Skip).Take(query.Count).ToList();
        if (page.Count == 0 && query.Skip == 0)
        {
            return MessageExtensionResults.Message(string.IsNullOrWhiteSpace(query.Text)
                ? text[nameof(Strings.SearchNoClaims)]
                : text.Format(nameof(Strings.SearchNoMatch), query.Text.Trim()));
        }

        var items = new List<JsonObject>(page.Count);
        foreach (var claim in page)
        {
            var userIds = await viewers.RefreshUserIdsAsync(caller.Caller.TenantId, turn.Activity.From?.Id, claim.OwnerObjectId, turn.CancellationToken);
            items.Add(MessageExtensionResults.Item(
                SharedClaimCards.Posted(culture, claim.Id, userIds),
                claim.Title,
                Subtitle(claim, caller.Today, culture),
                new JsonObject { [CardDataKeys.ClaimId] = claim.Id.ToString("D") }));
        }

        return MessageExtensionResults.Result(items);
    }

    /// <summary>"Draft · Deadline: 12/20/2026 (15 days left)" in the person's language.</summary>
    private static string Subtitle(ClaimSummary claim, DateOnly today, CultureInfo culture) =>
        ClaimTexts.WithPartnerCenterName(claim.Status, culture) + " · " + BotText.For(culture).Format(
            nameof(Strings.DeadlineWithDaysLeft),
            CardFormat.Date(claim.Deadline, culture),
            CardFormat.DaysLeft(claim.Deadline.DayNumber - today.DayNumber, culture));

    /// <summary>The invoke's <c>value</c>: <c>commandId</c>, the <c>query</c> parameter (or <c>initialRun</c>: no text) and the page.</summary>
    private sealed record Query(string? CommandId, string? Text, int Skip, int Count)
    {
        public static Query Read(JsonElement? value)
        {
            if (value is not { ValueKind: JsonValueKind.Object } v)
            {
                return new Query(null, null, 0, MaxResults);
            }

            var commandId = v.TryGetProperty("commandId", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
            string? text = null;
            if (v.TryGetProperty("parameters", out var parameters) && parameters.ValueKind == JsonValueKind.Array)
            {
                foreach (var parameter in parameters.EnumerateArray())
                {
                    if (parameter.ValueKind == JsonValueKind.Object
                        && parameter.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String && name.GetString() == "query"
                        && parameter.TryGetProperty("value", out var typed) && typed.ValueKind == JsonValueKind.String)
                    {
                        text = typed.GetString();
                    }
                }
            }

            var skip = 0;
            var count = MaxResults;
            if (v.TryGetProperty("queryOptions", out var options) && options.ValueKind == JsonValueKind.Object)
            {
                skip = options.TryGetProperty("skip", out var s) && s.ValueKind == JsonValueKind.Number && s.TryGetInt32(out var sv) ? Math.Max(0, sv) : 0;
                count = options.TryGetProperty("count", out var n) && n.ValueKind == JsonValueKind.Number && n.TryGetInt32(out var nv) ? Math.Clamp(nv, 1, MaxResults) : MaxResults;
            }

            return new Query(commandId, text is { Length: > 200 } ? text[..200] : text, skip, count);
        }
    }
}
