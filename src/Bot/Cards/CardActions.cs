using System.Text.Json.Nodes;

namespace CoopAssistant.Bot.Cards;

/// <summary>Factories for the bot's buttons.</summary>
public static class CardActions
{
    /// <summary>
    /// An <c>Action.Execute</c> with data <c>{verb, …extra}</c> and an <c>Action.Submit</c> fallback carrying the same
    /// title and data, for clients without Universal Actions.
    /// </summary>
    public static ExecuteAction Execute(string title, string verb, JsonObject? extraData = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(verb);
        return new ExecuteAction(verb)
        {
            Title = title,
            Data = Data(verb, extraData),
            Fallback = new SubmitAction { Title = title, Data = Data(verb, extraData) },
        };
    }

    /// <summary>An Execute action about one claim: data carries the claim id and the version the card was built from.</summary>
    public static ExecuteAction ExecuteForClaim(string title, string verb, string claimId, long claimVersion, JsonObject? extraData = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(claimId);
        var data = extraData is null ? [] : (JsonObject)extraData.DeepClone();
        data[CardDataKeys.ClaimId] = claimId;
        data[CardDataKeys.ClaimVersion] = claimVersion;
        return Execute(title, verb, data);
    }

    /// <inheritdoc cref="ExecuteForClaim(string, string, string, long, JsonObject?)"/>
    public static ExecuteAction ExecuteForClaim(string title, string verb, Guid claimId, long claimVersion, JsonObject? extraData = null) =>
        ExecuteForClaim(title, verb, claimId.ToString("D"), claimVersion, extraData);

    public static OpenUrlAction OpenUrl(string title, Uri url)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentNullException.ThrowIfNull(url);
        return new OpenUrlAction(url) { Title = title };
    }

    private static JsonObject Data(string verb, JsonObject? extraData)
    {
        var data = new JsonObject { [CardDataKeys.Verb] = verb };
        if (extraData is not null)
        {
            foreach (var (key, value) in extraData)
            {
                if (key != CardDataKeys.Verb)
                {
                    data[key] = value?.DeepClone();
                }
            }
        }

        return data;
    }
}
