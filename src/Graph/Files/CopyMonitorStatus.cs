using System.Text.Json.Serialization;

namespace CoopAssistant.Graph.Files;

/// <summary>Body of a Graph asynchronous-operation monitor (<c>asyncJobStatus</c> plus <c>resourceId</c>).</summary>
internal sealed record CopyMonitorStatus(
    [property: JsonPropertyName("status")] string? Status,
    [property: JsonPropertyName("percentageComplete")] double? PercentageComplete,
    [property: JsonPropertyName("resourceId")] string? ResourceId,
    [property: JsonPropertyName("error")] CopyMonitorError? Error);

internal sealed record CopyMonitorError(
    [property: JsonPropertyName("code")] string? Code,
    [property: JsonPropertyName("message")] string? Message);
