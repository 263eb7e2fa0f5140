namespace CoopAssistant.Claims.Tokens;

/// <summary>A <c>signin/tokenExchange</c> id already handled by some host, remembered until <see cref="ExpiresAt"/>.</summary>
public sealed class TokenExchangeEntity
{
    public required string ExchangeId { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }
}
