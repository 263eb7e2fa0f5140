namespace CoopAssistant.Bot.Cards;

public sealed record ColumnSet(IReadOnlyList<Column> Columns) : CardElement
{
    public ContainerStyle? Style { get; init; }

    public HorizontalAlignment? HorizontalAlignment { get; init; }
}
