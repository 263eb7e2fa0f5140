using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoopAssistant.Protocol.Schema;

/// <summary>
/// Writes a <see cref="JsonElement"/> (a card, channel data, a value) as the UTF-8 it was parsed from, one copy, instead of
/// walking and re-encoding every token. The bytes are valid JSON already: every element comes from a parsed or serialised
/// document. Reads as the built-in converter does.
/// </summary>
public sealed class RawJsonElementConverter : JsonConverter<JsonElement>
{
    public override JsonElement Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonElement.ParseValue(ref reader);

    public override void Write(Utf8JsonWriter writer, JsonElement value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value.ValueKind == JsonValueKind.Undefined)
        {
            // What the built-in converter does with default(JsonElement).
            throw new InvalidOperationException("An undefined JsonElement cannot be written.");
        }

        writer.WriteRawValue(JsonMarshal.GetRawUtf8Value(value), skipInputValidation: true);
    }
}
