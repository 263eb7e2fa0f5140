using System.Text.Json;
using System.Text.Json.Nodes;
using CoopAssistant.Bot.Conversation.Claims.Turns;
using CoopAssistant.Protocol.Adapter;
using CoopAssistant.Protocol.Schema;

namespace CoopAssistant.Bot.Conversation.Colleagues;

/// <summary>
/// The person picker's typeahead (<c>Input.ChoiceSet</c> with <c>choices.data</c> <c>Data.Query</c>, dataset
/// <see cref="Dataset"/>): Teams sends <c>application/search</c> with <c>value {queryText, queryOptions {skip, top}, dataset}</c>
/// and shows the answer <c>{type: "application/vnd.microsoft.search.searchResponse", value: {results: [{title, value}]}}</c>
/// (https://learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/dynamic-search#code-snippets-for-invoke-request-and-response).
/// Only people of the caller's tenant are offered; the value is the person's Entra object id.
/// </summary>
public sealed class PeopleSearchHandler(ClaimTurnResolver turns, IPeopleDirectory directory) : IActivityHandler
{
    public const string SearchInvoke = "application/search";
    public const string Dataset = "people";
    public const string ResponseType = "application/vnd.microsoft.search.searchResponse";

    /// <summary>Teams shows at most 15 options in the dropdown.</summary>
    public const int MaxResults = 15;

    public string ActivityType => ActivityTypes.Invoke;

    public string? InvokeName => SearchInvoke;

    public async Task<InvokeResponse?> HandleAsync(TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var value = turn.Activity.Value;
        var dataset = Text(value, "dataset");
        var query = Text(value, "queryText") ?? "";
        var top = value is { ValueKind: JsonValueKind.Object } v && v.TryGetProperty("queryOptions", out var options) && options.ValueKind == JsonValueKind.Object
            && options.TryGetProperty("top", out var t) && t.TryGetInt32(out var n) ? n : MaxResults;
        var results = new JsonArray();
        if (dataset == Dataset && query.Length <= 200 && await turns.ResolveAsync(turn) is { } caller)
        {
            foreach (var person in await directory.SearchAsync(caller.Caller, query, Math.Clamp(top, 1, MaxResults), turn.CancellationToken))
            {
                results.Add(new JsonObject { ["title"] = person.Name, ["value"] = person.ObjectId });
            }
        }

        var body = new JsonObject { ["type"] = ResponseType, ["value"] = new JsonObject { ["results"] = results } };
        return new InvokeResponse(200, JsonSerializer.SerializeToElement(body, CardMessagesJsonContext.Default.JsonObject));
    }

    private static string? Text(JsonElement? value, string name) =>
        value is { ValueKind: JsonValueKind.Object } v && v.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
}
