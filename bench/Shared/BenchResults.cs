using System.Globalization;
using System.Text;
using System.Text.Json;

namespace CoopAssistant.Bench;

/// <summary>
/// Machine-readable results for <c>bench/run</c>: when <c>BENCH_RESULTS</c> names a file, every measurement is appended to
/// it as one JSON line (<c>section</c>, <c>name</c>, <c>metric</c>, <c>value</c>, <c>unit</c>); bench/report turns the lines
/// into the README table and the PNG chart. Without the variable nothing is written and the benches only print.
/// </summary>
internal static class BenchResults
{
    private static readonly Lock Gate = new();
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static string? FilePath => Environment.GetEnvironmentVariable("BENCH_RESULTS") is { Length: > 0 } path ? path : null;

    public static void Add(string section, string name, string metric, double value, string unit)
    {
        if (FilePath is not { } path || double.IsNaN(value) || double.IsInfinity(value))
        {
            return;
        }

        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("section", section);
            json.WriteString("name", name);
            json.WriteString("metric", metric);
            json.WriteNumber("value", Math.Round(value, 4));
            json.WriteString("unit", unit);
            json.WriteEndObject();
        }

        var line = Utf8.GetString(buffer.ToArray()) + "\n";
        lock (Gate)
        {
            File.AppendAllText(path, line, Utf8);
        }
    }

    /// <summary>A free-text note shown under the section's table (machine load, targets met or not).</summary>
    public static void Note(string section, string text) => Add(section, text, "note", 0, string.Empty);

    public static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
