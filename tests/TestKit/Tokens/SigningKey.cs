using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace CoopAssistant.TestKit.Tokens;

/// <summary>An RSA signing key of the local issuer, with the channels it endorses and whether the JWKS publishes it.</summary>
public sealed class SigningKey : IDisposable
{
    private readonly RSA _rsa = RSA.Create(2048);

    public SigningKey(string kid, IReadOnlyList<string> endorsements, bool published)
    {
        Kid = kid;
        Endorsements = endorsements;
        Published = published;
        SecurityKey = new RsaSecurityKey(_rsa) { KeyId = kid };
    }

    public string Kid { get; }

    public IReadOnlyList<string> Endorsements { get; }

    public bool Published { get; set; }

    public RsaSecurityKey SecurityKey { get; }

    public RSAParameters PublicParameters => _rsa.ExportParameters(false);

    public void Dispose() => _rsa.Dispose();
}
