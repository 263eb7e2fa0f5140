namespace CoopAssistant.Protocol.Connector;

/// <summary>The bearer token for calls to the Connector API, or null in local mode.</summary>
public interface IConnectorTokenProvider
{
    ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken);
}
