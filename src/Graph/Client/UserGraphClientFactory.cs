using CoopAssistant.Graph.Evidence;
using CoopAssistant.Graph.Options;
using CoopAssistant.Graph.Tokens;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;
using SdkFactory = Microsoft.Graph.GraphClientFactory;

namespace CoopAssistant.Graph.Client;

/// <summary>
/// One HttpClient with the Graph SDK's default middleware (retry honouring Retry-After, redirect, compression, headers
/// inspection…), shared by per-user <see cref="GraphServiceClient"/>s whose tokens come from the on-behalf-of cache.
/// </summary>
public sealed class UserGraphClientFactory : IGraphClientFactory, IDisposable
{
    private readonly IGraphTokenService tokens;
    private readonly GraphOptions options;
    private readonly HttpClient httpClient;

    public UserGraphClientFactory(IGraphTokenService tokens, IOptions<GraphOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.tokens = tokens;
        this.options = options.Value;
        var handlers = SdkFactory.CreateDefaultHandlers(new GraphClientOptions());
        var retryOption = new RetryHandlerOption { Delay = this.options.RetryDelaySeconds, MaxRetry = this.options.MaxRetries };
        for (var i = 0; i < handlers.Count; i++)
        {
            if (handlers[i] is RetryHandler)
            {
                handlers[i] = new RetryHandler(retryOption);
            }
        }

        httpClient = SdkFactory.Create(handlers);
        httpClient.Timeout = TimeSpan.FromMinutes(10);
    }

    public Uri BaseUrl => options.BaseUrl;

    public GraphServiceClient CreateForUser(GraphUserKey user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var auth = new BaseBearerTokenAuthenticationProvider(new UserAccessTokenProvider(tokens, user, options.BaseUrl));
        return new GraphServiceClient(httpClient, auth, options.BaseUrl.AbsoluteUri.TrimEnd('/'));
    }

    public void Dispose() => httpClient.Dispose();
}
