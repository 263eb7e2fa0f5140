namespace CoopAssistant.Claims.Validation;

/// <summary>Field names of a recorded Partner Center outcome in errors (and the status card's inputs).</summary>
public static class OutcomeFields
{
    public const string On = "outcome.on";
    public const string Amount = "outcome.amount";
    public const string Reason = "outcome.reason";
}
