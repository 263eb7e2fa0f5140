using Microsoft.Identity.Client;

namespace CoopAssistant.Protocol.Connector;

/// <summary>Gives MSAL an <see cref="HttpClient"/> from <see cref="IHttpClientFactory"/>.</summary>
public sealed class MsalHttpClientFactory(IHttpClientFactory factory) : IMsalHttpClientFactory
{
    public const string ClientName = "msal";

    public HttpClient GetHttpClient() => factory.CreateClient(ClientName);
}
