namespace CoopAssistant.Bot.Cards;

/// <summary>Property names of the <c>data</c> object the bot puts on card actions.</summary>
public static class CardDataKeys
{
    /// <summary>The action's verb (also inside the data, so the <c>Action.Submit</c> fallback carries it).</summary>
    public const string Verb = "verb";

    /// <summary>The claim the card shows.</summary>
    public const string ClaimId = "claimId";

    /// <summary>The claim version the card was built from (stale-card detection).</summary>
    public const string ClaimVersion = "claimVersion";
}
