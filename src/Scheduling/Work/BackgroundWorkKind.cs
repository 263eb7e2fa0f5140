using System.Text.Json.Serialization.Metadata;

namespace CoopAssistant.Scheduling.Work;

/// <summary>A kind of background work: its stored name and its payload's (source-generated) JSON contract.</summary>
public sealed record BackgroundWorkKind<T>(string Name, JsonTypeInfo<T> Type)
{
    public string Serialize(T payload) => System.Text.Json.JsonSerializer.Serialize(payload, Type);

    public T Deserialize(string payload) =>
        System.Text.Json.JsonSerializer.Deserialize(payload, Type) ?? throw new System.Text.Json.JsonException($"The payload of {Name} is empty.");
}
