using Microsoft.Identity.Client;

namespace CoopAssistant.Identity;

/// <summary>Gives MSAL the named <see cref="HttpClient"/> <paramref name="clientName"/> from <see cref="IHttpClientFactory"/> (so its
/// handlers, and in tests the stand-in issuer's trust, apply to MSAL's calls to Entra). The protocol layer uses it for the bot's
/// Connector token, Graph for on-behalf-of tokens, each with its own client name.</summary>
public sealed class MsalHttpClientFactory(IHttpClientFactory factory, string clientName) : IMsalHttpClientFactory
{
    public HttpClient GetHttpClient() => factory.CreateClient(clientName);
}
