namespace CoopAssistant.Protocol.Connector;

/// <summary>The bearer token for calls to the Connector API, or null in local mode.</summary>
public interface IConnectorTokenProvider
{
    ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken);

    /// <summary>The <c>Authorization</c> header value for the same token (<c>Bearer</c> and the token), or null in local mode.
    /// Every send shares one token, so the header's text is built once per token, not once per send.</summary>
    ValueTask<string?> GetAuthorizationAsync(CancellationToken cancellationToken);
}
