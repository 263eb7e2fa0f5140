using CoopAssistant.Claims.Storage;
using CoopAssistant.Claims.Tests.Storage;
using CoopAssistant.TestKit.Postgres;

namespace CoopAssistant.Claims.Tests.Findings;

[Collection(PostgresCollection.Name)]
public sealed class PostgresReviewRaceTests(PostgresServer server) : ReviewRaceTests
{
    protected override Task<ClaimsDatabase> CreateDatabaseAsync() =>
        Task.FromResult(new ClaimsDatabase(StorageProvider.PostgreSQL, server.NewDatabaseConnectionString("claims")));
}
