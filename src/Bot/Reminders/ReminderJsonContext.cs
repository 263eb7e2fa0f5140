using System.Text.Json.Serialization;

namespace CoopAssistant.Bot.Reminders;

[JsonSerializable(typeof(Dictionary<string, string>))]
[JsonSerializable(typeof(Dictionary<string, Dictionary<string, string>>))]
internal sealed partial class ReminderJsonContext : JsonSerializerContext;
