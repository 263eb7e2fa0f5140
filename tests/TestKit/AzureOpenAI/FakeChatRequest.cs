using System.Text.Json.Nodes;

namespace CoopAssistant.TestKit.AzureOpenAI;

/// <summary>One chat completions request the fake accepted: its deployment, how it authenticated, and its messages.</summary>
public sealed record FakeChatRequest(string Deployment, string Path, FakeAuthentication Authentication, IReadOnlyList<(string Role, string Content)> Messages, JsonObject Body)
{
    public string System => string.Join("\n", Messages.Where(m => m.Role is "system" or "developer").Select(m => m.Content));

    public string User => string.Join("\n", Messages.Where(m => m.Role == "user").Select(m => m.Content));
}

/// <summary>How a request authenticated.</summary>
public enum FakeAuthentication
{
    /// <summary>The resource key in the <c>api-key</c> header.</summary>
    ApiKeyHeader,

    /// <summary>The resource key as <c>Authorization: Bearer</c> (v1 API only: the OpenAI client's way).</summary>
    KeyAsBearer,

    /// <summary>An Entra access token for <c>https://cognitiveservices.azure.com</c> as <c>Authorization: Bearer</c>.</summary>
    EntraToken,
}
