using CoopAssistant.Claims.Storage;
using CoopAssistant.TestKit.Postgres;

namespace CoopAssistant.Graph.Tests.Tokens;

[Collection(PostgresCollection.Name)]
public sealed class PostgresDatabaseTokenStorageTests(PostgresServer server) : DatabaseTokenStorageTests
{
    protected override Task<ClaimsDatabase> CreateDatabaseAsync() =>
        Task.FromResult(new ClaimsDatabase(StorageProvider.PostgreSQL, server.NewDatabaseConnectionString("graph")));
}
