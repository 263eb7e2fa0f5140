namespace CoopAssistant.Protocol.Schema;

/// <summary>Invoke names the protocol layer itself treats specially.</summary>
public static class InvokeNames
{
    /// <summary>Universal Actions (<c>Action.Execute</c>): a failure is answered with an error the card shows.</summary>
    public const string AdaptiveCardAction = "adaptiveCard/action";
}
