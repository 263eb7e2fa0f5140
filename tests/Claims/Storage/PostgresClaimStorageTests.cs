using CoopAssistant.Claims.Storage;
using CoopAssistant.TestKit.Postgres;

namespace CoopAssistant.Claims.Tests.Storage;

[Collection(PostgresCollection.Name)]
public sealed class PostgresClaimStorageTests(PostgresServer server) : ClaimStorageTests
{
    protected override Task<ClaimsDatabase> CreateDatabaseAsync() =>
        Task.FromResult(new ClaimsDatabase(StorageProvider.PostgreSQL, server.NewDatabaseConnectionString("claims")));
}
