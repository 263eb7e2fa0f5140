using Microsoft.Data.Sqlite;

namespace CoopAssistant.Scheduling.Tests.Work;

public sealed class SqliteBackgroundWorkTests : BackgroundWorkTests
{
    protected override string ConnectionString => "Data Source=work.db";

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
    }
}
