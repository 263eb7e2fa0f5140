using System.ClientModel.Primitives;
using CoopAssistant.Protocol.Authentication;
using Microsoft.Identity.Client;

namespace CoopAssistant.Bot.Answers.Generative;

/// <summary>
/// Authenticates calls to Azure OpenAI with the app's own Entra identity, the one the bot already uses for its Connector token
/// (<c>MicrosoftAppId</c> with <c>MicrosoftAppPassword</c> in <c>MicrosoftAppTenantId</c>, or the user-assigned managed identity):
/// a client-credentials token for <see cref="AzureOpenAIOptions.EntraScope"/> as <c>Authorization: Bearer</c>
/// (https://learn.microsoft.com/en-us/azure/ai-foundry/openai/how-to/managed-identity). MSAL caches the token and renews it.
/// </summary>
internal sealed class EntraBearerPolicy : AuthenticationPolicy
{
    private readonly Func<CancellationToken, Task<AuthenticationResult>> acquire;

    public EntraBearerPolicy(BotOptions bot, BotFrameworkOptions framework, IMsalHttpClientFactory httpClientFactory)
    {
        ArgumentNullException.ThrowIfNull(bot);
        ArgumentNullException.ThrowIfNull(framework);
        // The tenant is required without a key (AzureOpenAIOptionsValidator).
        acquire = AppTokenAcquisition.For(bot, framework.EntraInstance, bot.MicrosoftAppTenantId!, AzureOpenAIOptions.EntraScope, httpClientFactory);
    }

    public override void Process(PipelineMessage message, IReadOnlyList<PipelinePolicy> pipeline, int currentIndex)
    {
        ArgumentNullException.ThrowIfNull(message);
        Authorize(message, acquire(message.CancellationToken).GetAwaiter().GetResult());
        ProcessNext(message, pipeline, currentIndex);
    }

    public override async ValueTask ProcessAsync(PipelineMessage message, IReadOnlyList<PipelinePolicy> pipeline, int currentIndex)
    {
        ArgumentNullException.ThrowIfNull(message);
        Authorize(message, await acquire(message.CancellationToken).ConfigureAwait(false));
        await ProcessNextAsync(message, pipeline, currentIndex).ConfigureAwait(false);
    }

    private static void Authorize(PipelineMessage message, AuthenticationResult token) =>
        message.Request.Headers.Set("Authorization", "Bearer " + token.AccessToken);
}
