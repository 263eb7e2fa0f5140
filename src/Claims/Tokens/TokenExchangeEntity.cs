namespace CoopAssistant.Claims.Tokens;

/// <summary>A <c>signin/tokenExchange</c> id already handled by some host, remembered until <see cref="ExpiresAt"/>.</summary>
public sealed class TokenExchangeEntity
{
    /// <summary>Longest id stored; longer ids are kept as their SHA-256.</summary>
    public const int MaxIdLength = 256;

    public required string ExchangeId { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }
}
