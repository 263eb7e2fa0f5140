namespace CoopAssistant.Bot.Answers.Generative;

/// <summary>
/// The optional generative mode (section <c>Answers:AzureOpenAI</c>, DESIGN.md §8): an Azure OpenAI chat deployment that rewrites
/// found answers from their passages and picks the passage for a question the ranking leaves unanswered. No
/// <see cref="Endpoint"/> = the mode is off (the default): no model is ever called.
/// </summary>
public sealed class AzureOpenAIOptions
{
    public const string SectionName = "Answers:AzureOpenAI";

    /// <summary>The resource's endpoint, <c>https://{resource}.openai.azure.com/</c> (the client calls its v1 API under <c>openai/v1/</c>).</summary>
    public Uri? Endpoint { get; set; }

    /// <summary>The chat model's deployment name (sent as <c>model</c> to the v1 API). Required with an endpoint.</summary>
    public string? ChatDeployment { get; set; }

    /// <summary>The resource's key. Without it the app's own Entra credential (<c>MicrosoftAppId</c>…) gets a token for
    /// <see cref="EntraScope"/>; the app then needs the "Cognitive Services OpenAI User" role on the resource.</summary>
    public string? ApiKey { get; set; }

    /// <summary>How long one model call may take before the ranking's answer is used instead.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(8);

    /// <summary>The token scope of Azure OpenAI for Entra authentication.</summary>
    public const string EntraScope = "https://cognitiveservices.azure.com/.default";

    public bool IsEnabled => Endpoint is not null;
}
