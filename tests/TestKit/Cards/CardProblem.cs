namespace CoopAssistant.TestKit;

/// <summary>One thing wrong with one card: which card, which check (schema, renderer, size, teams) and what.</summary>
public sealed record CardProblem(string CardName, string Check, string Message)
{
    public override string ToString() => $"[{CardName}] {Check}: {Message}";
}
