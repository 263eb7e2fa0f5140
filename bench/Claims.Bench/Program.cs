using System.Data.Common;
using System.Diagnostics;
using CoopAssistant.Claims;
using CoopAssistant.Claims.Access;
using CoopAssistant.Bench;
using CoopAssistant.Claims.Bench;
using CoopAssistant.Scheduling.Storage;
using CoopAssistant.Claims.Services;
using CoopAssistant.Claims.Storage;
using CoopAssistant.TestKit.Postgres;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

var options = BenchOptions.Parse(args);
Console.WriteLine($"Claims benchmark: {options.Claims:N0} claims (+1 reminder each) across {options.Tenants:N0} tenants, {options.UsersPerTenant} users per tenant, {options.Iterations} timed runs per query");
using var capture = new CommandCapture();
var now = DateTimeOffset.UtcNow;

if (options.Sqlite)
{
    var folder = Path.Combine(Path.GetTempPath(), "coop-bench-sqlite");
    if (Directory.Exists(folder))
    {
        Directory.Delete(folder, recursive: true);
    }

    var database = new ClaimsDatabase(StorageProvider.Sqlite, ClaimsDatabase.PrepareSqlite("Data Source=claims.db", folder));
    await RunAsync("SQLite", database, () => SqliteSeeder.SeedAsync(database.ConnectionString, SeedData.Rows(options, now)),
        command => ExplainAsync(new SqliteConnection(database.ConnectionString), "EXPLAIN QUERY PLAN ", command, reader => $"{reader.GetValue(3)}"),
        () => new SqliteConnection(database.ConnectionString));
    SqliteConnection.ClearAllPools();
    if (!options.Keep)
    {
        Directory.Delete(folder, recursive: true);
    }
}

if (options.Postgres)
{
    await using var server = await PostgresServer.StartAsync(durable: true);
    var database = new ClaimsDatabase(StorageProvider.PostgreSQL, server.ConnectionString("bench"));
    await RunAsync("PostgreSQL 15", database, () => PostgresSeeder.SeedAsync(database.ConnectionString, SeedData.Rows(options, now)),
        command => ExplainAsync(new NpgsqlConnection(database.ConnectionString), "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ", command, reader => reader.GetString(0)),
        () => new NpgsqlConnection(database.ConnectionString));
    NpgsqlConnection.ClearAllPools();
}

return;

async Task RunAsync(string name, ClaimsDatabase database, Func<Task> seed, Func<CapturedCommand, Task> explain, Func<DbConnection> connect)
{
    Console.WriteLine($"\n=== {name} ===");
    await database.MigrateAsync(CancellationToken.None);
    var watch = Stopwatch.StartNew();
    await seed();
    Console.WriteLine($"seeded in {watch.Elapsed.TotalSeconds:F1} s");

    await using var services = new ServiceCollection().AddLogging().AddSingleton(database)
        .AddClaims(new ConfigurationBuilder().Build(), AppContext.BaseDirectory).BuildServiceProvider();
    var claims = services.GetRequiredService<IClaimService>();
    var reminders = new ReminderStore(database);
    var random = new Random(7);
    ClaimsCaller User() => new(SeedData.Tenant(random.Next(options.Tenants)), SeedData.User(random.Next(options.UsersPerTenant)), null, false);
    ClaimsCaller Admin() => User() with { IsIncentivesAdministrator = true };

    var someone = User();
    var sample = await claims.ListMineAsync(someone, 50, CancellationToken.None);
    var got = sample.Count > 0 ? (await claims.GetAsync(someone, sample[0].Id, CancellationToken.None)).Outcome.ToString() : "n/a";
    Console.WriteLine($"sanity: {someone.UserObjectId}@{someone.TenantId} has {sample.Count} claims on the first page; Get of the first through the service: {got}");

    var provider = name.Split(' ')[0];
    BenchResults.Note("Claims", BenchResults.Invariant($"{name}: {options.Claims:N0} claims (+1 reminder each) across {options.Tenants:N0} tenants seeded in {watch.Elapsed.TotalSeconds:F0} s; {options.Iterations} timed runs per query after 200 warm-up runs"));
    await MeasureAsync(provider, "my claims (first 50 by urgency)", 5, async () => (await claims.ListMineAsync(User(), 50, CancellationToken.None)).Count, explain, connect);
    await MeasureAsync(provider, "tenant claims expiring in 14 days (admin)", 20, async () => (await claims.ListTenantExpiringAsync(Admin(), 14, 1000, null, CancellationToken.None)).Value!.Count, explain, connect);
    await MeasureAsync(provider, "next 1,000 due unsent reminders", 20, async () => (await reminders.GetDueAsync(DateTimeOffset.UtcNow, 1000, CancellationToken.None)).Count, explain, connect);
}

async Task MeasureAsync(string provider, string label, double targetMs, Func<Task<int>> query, Func<CapturedCommand, Task> explain, Func<DbConnection> connect)
{
    for (var i = 0; i < 200; i++)
    {
        await query();
    }

    var times = new double[options.Iterations];
    long rows = 0;
    for (var i = 0; i < times.Length; i++)
    {
        var start = Stopwatch.GetTimestamp();
        rows += await query();
        times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }

    Array.Sort(times);
    var p50 = times[times.Length / 2];
    var p99 = times[Math.Min(times.Length - 1, (int)Math.Ceiling(times.Length * 0.99) - 1)];
    Console.WriteLine($"\n{label}: p50 {p50:F2} ms, p99 {p99:F2} ms, max {times[^1]:F2} ms, avg rows {rows / (double)times.Length:F0} (target < {targetMs} ms: {(p99 < targetMs ? "met at p99" : p50 < targetMs ? "met at p50" : "NOT met")})");

    BenchResults.Add("Claims", $"{provider}: {label}", "p50", p50, "ms");
    BenchResults.Add("Claims", $"{provider}: {label}", "p99", p99, "ms");
    BenchResults.Add("Claims", $"{provider}: {label}", "target", targetMs, "ms");
    BenchResults.Add("Claims", $"{provider}: {label}", "rows", rows / (double)times.Length, "");

    capture.Enabled = true;
    await query();
    capture.Enabled = false;
    if (capture.Last is { } command)
    {
        Console.WriteLine("  SQL: " + command.Sql.ReplaceLineEndings(" "));
        await explain(command);
        var raw = new double[Math.Min(100, options.Iterations)];
        for (var i = 0; i < raw.Length; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await ExecuteRawAsync(connect(), command);
            raw[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        Array.Sort(raw);
        Console.WriteLine($"  same SQL through plain ADO.NET (pooled connection, all columns read): p50 {raw[raw.Length / 2]:F2} ms, p99 {raw[^2]:F2} ms");
    }
}

static async Task ExecuteRawAsync(DbConnection connection, CapturedCommand captured)
{
    await using var _ = connection;
    await connection.OpenAsync();
    await using var command = connection.CreateCommand();
    command.CommandText = captured.Sql;
    foreach (var (name, value, type) in captured.Parameters)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        parameter.DbType = type;
        command.Parameters.Add(parameter);
    }

    await using var reader = await command.ExecuteReaderAsync();
    var values = new object[reader.FieldCount];
    while (await reader.ReadAsync())
    {
        reader.GetValues(values);
    }
}

static async Task ExplainAsync(DbConnection connection, string prefix, CapturedCommand captured, Func<DbDataReader, string> line)
{
    await using var _ = connection;
    await connection.OpenAsync();
    await using var command = connection.CreateCommand();
    command.CommandText = prefix + captured.Sql;
    foreach (var (name, value, type) in captured.Parameters)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        parameter.DbType = type;
        command.Parameters.Add(parameter);
    }

    await using var reader = await command.ExecuteReaderAsync();
    while (await reader.ReadAsync())
    {
        Console.WriteLine("  plan: " + line(reader));
    }
}
