namespace CoopAssistant.Protocol.Schema;

/// <summary>Invoke names: the ones the protocol layer itself treats specially (card actions) and the ones the app answers.</summary>
public static class InvokeNames
{
    /// <summary>Universal Actions (<c>Action.Execute</c>): a failure is answered with an error the card shows.</summary>
    public const string AdaptiveCardAction = "adaptiveCard/action";

    /// <summary>A message extension's search command: <c>value {commandId, parameters:[{name, value}], queryOptions {skip, count}}</c>
    /// (https://learn.microsoft.com/microsoftteams/platform/messaging-extensions/how-to/search-commands/respond-to-search).</summary>
    public const string ComposeExtensionQuery = "composeExtension/query";

    /// <summary>A search result picked: <c>value</c> is the result preview's <c>tap.value</c> (same page).</summary>
    public const string ComposeExtensionSelectItem = "composeExtension/selectItem";

    /// <summary>Link unfurling: <c>value {url}</c> for a link on a <c>messageHandlers</c> domain
    /// (https://learn.microsoft.com/microsoftteams/platform/messaging-extensions/how-to/link-unfurling).</summary>
    public const string ComposeExtensionQueryLink = "composeExtension/queryLink";
}
