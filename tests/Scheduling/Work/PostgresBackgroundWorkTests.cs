using CoopAssistant.TestKit.Postgres;

namespace CoopAssistant.Scheduling.Tests.Work;

[Collection(PostgresCollection.Name)]
public sealed class PostgresBackgroundWorkTests(PostgresServer server) : BackgroundWorkTests
{
    private readonly string _connectionString = server.NewDatabaseConnectionString("work");

    protected override string ConnectionString => _connectionString;

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(Folder, recursive: true);
    }
}

/// <summary>One throwaway PostgreSQL server shared by the PostgreSQL test classes of this assembly.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "postgres";
}
