using CoopAssistant.TestKit.Postgres;

namespace CoopAssistant.Graph.Tests.Tokens;

/// <summary>One throwaway PostgreSQL server shared by the PostgreSQL test classes of this assembly.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "postgres";
}
