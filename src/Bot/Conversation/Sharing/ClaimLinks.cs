namespace CoopAssistant.Bot.Conversation.Sharing;

/// <summary>The links that name a claim: <c>https://{host}/claims/{id}</c> and the dashboard's <c>https://{host}/tab/?claim={id}</c>.</summary>
public static class ClaimLinks
{
    public static Guid? Parse(string? url)
    {
        if (url is not { Length: > 0 and <= 2048 } || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
        {
            return null;
        }

        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments is ["claims", var id] && Guid.TryParse(id, out var fromPath))
        {
            return fromPath;
        }

        if (segments is ["tab"] or ["tab", "index.html"])
        {
            foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
            {
                var equals = pair.IndexOf('=', StringComparison.Ordinal);
                if (equals > 0 && pair[..equals] == "claim" && Guid.TryParse(Uri.UnescapeDataString(pair[(equals + 1)..]), out var fromQuery))
                {
                    return fromQuery;
                }
            }
        }

        return null;
    }
}
