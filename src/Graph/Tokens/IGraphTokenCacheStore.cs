namespace CoopAssistant.Graph.Tokens;

/// <summary>
/// Persistence of the MSAL user token cache, one blob per user+tenant (key <c>{oid}.{tid}</c>).
/// The host implements it with the database so a restart does not force a new sign-in; the blobs hold refresh tokens.
/// </summary>
public interface IGraphTokenCacheStore
{
    Task<byte[]?> ReadAsync(string key, CancellationToken cancellationToken);

    Task WriteAsync(string key, byte[] value, CancellationToken cancellationToken);

    Task RemoveAsync(string key, CancellationToken cancellationToken);
}
