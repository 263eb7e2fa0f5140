namespace CoopAssistant.Bot.Conversation.Claims.Turns;

/// <summary>Links to stored files, written into card markdown only when they are plain http(s) URLs.</summary>
public static class SafeLink
{
    /// <summary>The URL ready for <c>[text](url)</c>, or null when it is not http/https.</summary>
    public static string? ForMarkdown(Uri? url)
    {
        if (url is not { IsAbsoluteUri: true } || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            return null;
        }

        return url.AbsoluteUri
            .Replace("(", "%28", StringComparison.Ordinal)
            .Replace(")", "%29", StringComparison.Ordinal)
            .Replace(" ", "%20", StringComparison.Ordinal);
    }
}
