using Microsoft.Identity.Client;

namespace CoopAssistant.Graph.Tokens;

/// <summary>Gives MSAL the named <see cref="GraphHttpClientNames.Entra"/> client from IHttpClientFactory.</summary>
internal sealed class MsalHttpClientFactory(IHttpClientFactory factory) : IMsalHttpClientFactory
{
    public HttpClient GetHttpClient() => factory.CreateClient(GraphHttpClientNames.Entra);
}
