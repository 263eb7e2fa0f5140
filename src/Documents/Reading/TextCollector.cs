using System.Text;
using CoopAssistant.Claims.Review;

namespace CoopAssistant.Documents.Reading;

/// <summary>Gathers a document's lines up to the character limit.</summary>
internal sealed class TextCollector(ReadBudget budget)
{
    private readonly StringBuilder text = new();

    public bool Full { get; private set; }

    public int Length => text.Length;

    /// <summary>Adds a line; false (and the character limit recorded) once the limit is reached.</summary>
    public bool AddLine(string line)
    {
        if (Full)
        {
            return false;
        }

        var room = budget.Options.MaxCharacters - text.Length;
        if (line.Length + 1 > room)
        {
            text.Append(line.AsSpan(0, Math.Max(0, room)));
            Full = true;
            budget.Hit(ReadLimit.Characters);
            return false;
        }

        text.Append(line).Append('\n');
        return true;
    }

    public override string ToString() => text.ToString();
}
