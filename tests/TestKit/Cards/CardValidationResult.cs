namespace CoopAssistant.TestKit;

/// <summary>The outcome of <see cref="CardValidator.ValidateAsync"/> for a batch of cards.</summary>
public sealed record CardValidationResult(IReadOnlyList<string> CardNames, IReadOnlyList<CardProblem> Problems)
{
    public bool IsValid => Problems.Count == 0;

    public IEnumerable<CardProblem> For(string cardName) => Problems.Where(p => p.CardName == cardName);

    /// <summary>Every problem on its own line, with the card's name.</summary>
    public string Describe() => IsValid
        ? $"{CardNames.Count} card(s) valid."
        : $"{Problems.Count} problem(s) in {Problems.Select(p => p.CardName).Distinct().Count()} of {CardNames.Count} card(s):\n" + string.Join('\n', Problems);
}
