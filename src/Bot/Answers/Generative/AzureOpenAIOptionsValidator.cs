using CoopAssistant.Protocol.Authentication;
using Microsoft.Extensions.Options;

namespace CoopAssistant.Bot.Answers.Generative;

/// <summary>Checks <see cref="AzureOpenAIOptions"/> when the host starts, with messages that say which setting to fix.</summary>
internal sealed class AzureOpenAIOptionsValidator(IOptions<BotOptions> bot) : IValidateOptions<AzureOpenAIOptions>
{
    private const string Section = AzureOpenAIOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, AzureOpenAIOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Endpoint is not { } endpoint)
        {
            return string.IsNullOrWhiteSpace(options.ChatDeployment) && string.IsNullOrWhiteSpace(options.ApiKey)
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail($"{Section}:Endpoint is required when {Section}:ChatDeployment or {Section}:ApiKey is set (without an endpoint the generative mode is off).");
        }

        var failures = new List<string>();
        if (!endpoint.IsAbsoluteUri || endpoint.Scheme != Uri.UriSchemeHttps)
        {
            failures.Add($"{Section}:Endpoint must be an absolute https URL such as https://my-resource.openai.azure.com/ (got '{endpoint}').");
        }
        else if (!string.IsNullOrEmpty(endpoint.Query) || endpoint.AbsolutePath != "/")
        {
            failures.Add($"{Section}:Endpoint is the resource's address only, such as https://my-resource.openai.azure.com/ (no path or query: the app adds openai/v1/).");
        }

        if (string.IsNullOrWhiteSpace(options.ChatDeployment))
        {
            failures.Add($"{Section}:ChatDeployment is required with an endpoint: the name of the chat model's deployment.");
        }

        if (options.Timeout <= TimeSpan.Zero || options.Timeout > TimeSpan.FromMinutes(2))
        {
            failures.Add($"{Section}:Timeout must be above zero and at most 00:02:00 (got {options.Timeout}).");
        }

        if (string.IsNullOrWhiteSpace(options.ApiKey) && EntraProblem(bot.Value) is { } problem)
        {
            failures.Add($"{Section}: without an ApiKey the app's Entra credential is used, but {problem}");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static string? EntraProblem(BotOptions bot)
    {
        if (bot.IsLocalMode)
        {
            return "MicrosoftAppId is not set (set ApiKey, or run with the bot's identity).";
        }

        if (string.Equals(bot.MicrosoftAppType, BotAppTypes.UserAssignedMsi, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(bot.MicrosoftAppPassword))
        {
            return "MicrosoftAppPassword is not set.";
        }

        return string.IsNullOrWhiteSpace(bot.MicrosoftAppTenantId)
            ? "MicrosoftAppTenantId is not set (the token must come from the tenant of the Azure OpenAI resource)."
            : null;
    }
}
