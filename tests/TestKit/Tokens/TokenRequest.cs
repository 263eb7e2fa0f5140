namespace CoopAssistant.TestKit.Tokens;

/// <summary>What a minted token says. Defaults make a valid Bot Framework channel token; tests change one thing at a time.</summary>
public sealed record TokenRequest
{
    public required string Audience { get; init; }

    public string Issuer { get; init; } = LocalTokenIssuer.BotFrameworkIssuer;

    /// <summary>The <c>serviceurl</c> claim; null leaves it out.</summary>
    public string? ServiceUrl { get; init; }

    public TimeSpan ExpiresIn { get; init; } = TimeSpan.FromHours(1);

    public TimeSpan NotBeforeOffset { get; init; } = TimeSpan.FromMinutes(-1);

    /// <summary>The key to sign with; null means the issuer's current endorsed key.</summary>
    public SigningKey? Key { get; init; }

    public string Algorithm { get; init; } = Microsoft.IdentityModel.Tokens.SecurityAlgorithms.RsaSha256;

    /// <summary>An unsigned token (<c>alg: none</c>).</summary>
    public bool Unsigned { get; init; }

    public IReadOnlyDictionary<string, object>? ExtraClaims { get; init; }
}
