using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoopAssistant.Bot.BrowserApi;

/// <summary>JSON of the add-in API: web defaults, enums as their names.</summary>
internal static class ApiJson
{
    public static readonly JsonSerializerOptions Options = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
