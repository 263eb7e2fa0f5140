using System.ClientModel;
using System.ClientModel.Primitives;
using CoopAssistant.Protocol.Authentication;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;
using OpenAI;
using OpenAI.Chat;

namespace CoopAssistant.Bot.Answers.Generative;

/// <summary>
/// Builds the <see cref="IChatClient"/> of the generative mode: the OpenAI client (package OpenAI) against the resource's v1 API,
/// <c>{Endpoint}openai/v1/chat/completions</c> with the deployment as <c>model</c> and no api-version
/// (https://learn.microsoft.com/en-us/azure/ai-foundry/openai/api-version-lifecycle), adapted by Microsoft.Extensions.AI.OpenAI.
/// The key goes as the OpenAI client sends it (<c>Authorization: Bearer {key}</c>, which the v1 API accepts beside <c>api-key</c>);
/// without a key, <see cref="EntraBearerPolicy"/>. Calls go through the named client <see cref="HttpClientName"/>; no retries
/// (a 429 falls back to the ranking's answer at once) and the options' timeout.
/// </summary>
internal static class AzureOpenAIChatClients
{
    /// <summary>The named <see cref="HttpClient"/> for calls to Azure OpenAI.</summary>
    public const string HttpClientName = "azure-openai";

    /// <summary>The named <see cref="HttpClient"/> MSAL uses for the Entra token of Azure OpenAI.</summary>
    public const string EntraHttpClientName = "azure-openai-entra";

    public static IChatClient Create(AzureOpenAIOptions options, IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(services);
        var http = services.GetRequiredService<IHttpClientFactory>();
        var clientOptions = new OpenAIClientOptions
        {
            Endpoint = new Uri(options.Endpoint!, "openai/v1/"),
            Transport = new HttpClientPipelineTransport(http.CreateClient(HttpClientName)),
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            NetworkTimeout = options.Timeout,
        };
        var deployment = options.ChatDeployment!;
        // OPENAI001: the constructor taking an AuthenticationPolicy is marked experimental; it is the one Azure's v1 docs use for
        // Entra tokens (with BearerTokenPolicy), and the only way to send a token the OpenAI client did not make itself.
#pragma warning disable OPENAI001
        var client = string.IsNullOrWhiteSpace(options.ApiKey)
            ? new ChatClient(deployment, Entra(services, http), clientOptions)
            : new ChatClient(deployment, new ApiKeyCredential(options.ApiKey), clientOptions);
#pragma warning restore OPENAI001
        return client.AsIChatClient();
    }

    private static EntraBearerPolicy Entra(IServiceProvider services, IHttpClientFactory http) => new(
        services.GetRequiredService<IOptions<BotOptions>>().Value,
        services.GetRequiredService<IOptions<BotFrameworkOptions>>().Value,
        new CoopAssistant.Identity.MsalHttpClientFactory(http, EntraHttpClientName));
}
