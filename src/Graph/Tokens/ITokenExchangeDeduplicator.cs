namespace CoopAssistant.Graph.Tokens;

/// <summary>Remembers <c>signin/tokenExchange</c> ids so that the same exchange sent by several Teams clients is handled once.</summary>
public interface ITokenExchangeDeduplicator
{
    /// <summary>True the first time an id is seen within the window; false for duplicates.</summary>
    Task<bool> TryBeginAsync(string exchangeId, CancellationToken cancellationToken);
}
