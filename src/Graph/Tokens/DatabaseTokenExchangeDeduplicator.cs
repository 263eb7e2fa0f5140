using CoopAssistant.Claims.Storage;
using CoopAssistant.Claims.Tokens;
using CoopAssistant.Graph.Options;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoopAssistant.Graph.Tokens;

/// <summary>
/// <c>signin/tokenExchange</c> ids in the claims database (table <c>TokenExchanges</c>): the first host whose insert of the id
/// succeeds handles the exchange; the primary key refuses the others. Expired ids are swept before each insert (sign-ins are rare).
/// </summary>
public sealed class DatabaseTokenExchangeDeduplicator(ClaimsDatabase database, IOptions<SsoOptions> options, TimeProvider time) : ITokenExchangeDeduplicator
{
    public async Task<bool> TryBeginAsync(string exchangeId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(exchangeId);
        if (exchangeId.Length > TokenExchangeEntity.MaxIdLength)
        {
            // Longer than any id Teams sends; keep its SHA-256 instead so the row still fits.
            exchangeId = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(exchangeId)));
        }

        var now = time.GetUtcNow();
        await using var context = database.ForSystem();
        var rows = context.Set<TokenExchangeEntity>();
        await rows.Where(e => e.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);
        rows.Add(new TokenExchangeEntity { ExchangeId = exchangeId, ExpiresAt = now + options.Value.ExchangeDeduplicationWindow });
        try
        {
            await context.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            context.ChangeTracker.Clear();
            if (await rows.AnyAsync(e => e.ExchangeId == exchangeId, cancellationToken))
            {
                return false;
            }

            throw;
        }
    }
}
