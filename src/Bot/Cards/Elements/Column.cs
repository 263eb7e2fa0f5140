using System.Text.Json.Serialization;

namespace CoopAssistant.Bot.Cards;

/// <summary>A column of a <see cref="ColumnSet"/> (not a body element of its own).</summary>
public sealed record Column(IReadOnlyList<CardElement> Items)
{
    [JsonPropertyOrder(-1)]
    public string Type => "Column";

    public string? Id { get; init; }

    public bool? IsVisible { get; init; }

    public Spacing? Spacing { get; init; }

    public bool? Separator { get; init; }

    /// <summary>"auto", "stretch", a weight like "2", or pixels like "50px" (see <see cref="ColumnWidth"/>).</summary>
    public string? Width { get; init; }

    public ContainerStyle? Style { get; init; }

    public VerticalAlignment? VerticalContentAlignment { get; init; }
}
