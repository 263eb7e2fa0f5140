using System.Diagnostics;
using CoopAssistant.Claims.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CoopAssistant.Claims.Tests.Storage;

/// <summary>Kills a child process in the middle of writing and checks that the SQLite file is intact and every
/// transaction is all-or-nothing (each claim has all its evidence and its reminder, or does not exist).</summary>
public sealed class SqliteCrashSafetyTests : IDisposable
{
    private const int EvidencePerClaim = 200;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"coop-crash-{Guid.NewGuid():N}");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Theory]
    [InlineData(5)]
    [InlineData(40)]
    public async Task KilledMidWrite_LeavesAConsistentDatabase(int commitsBeforeKill)
    {
        Directory.CreateDirectory(_folder);
        var file = Path.Combine(_folder, "crash.db");
        var database = new ClaimsDatabase(StorageProvider.Sqlite, $"Data Source={file}");
        await database.MigrateAsync(CancellationToken.None);
        SqliteConnection.ClearAllPools();

        var writer = Path.Combine(AppContext.BaseDirectory, "CoopAssistant.Claims.CrashWriter.dll");
        Assert.True(File.Exists(writer), $"missing {writer}");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(writer);
        info.ArgumentList.Add(file);
        info.ArgumentList.Add(EvidencePerClaim.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var child = Process.Start(info)!;
        var lastCommitted = 0;
        while (lastCommitted < commitsBeforeKill)
        {
            var line = await child.StandardOutput.ReadLineAsync() ?? throw new InvalidOperationException("writer exited: " + await child.StandardError.ReadToEndAsync());
            if (line.StartsWith("committed ", StringComparison.Ordinal))
            {
                lastCommitted = int.Parse(line["committed ".Length..], System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        child.Kill(entireProcessTree: true); // SIGKILL: no cleanup, a transaction is very likely in flight
        await child.WaitForExitAsync();

        await using var check = new SqliteConnection($"Data Source={file}");
        await check.OpenAsync();
        Assert.Equal("ok", await Scalar<string>(check, "PRAGMA integrity_check;"));
        Assert.Equal(0L, await Scalar<long>(check, "SELECT COUNT(*) FROM pragma_foreign_key_check;"));
        var claims = await Scalar<long>(check, "SELECT COUNT(*) FROM Claims;");
        Assert.True(claims >= lastCommitted, $"{claims} claims stored, {lastCommitted} reported committed");
        Assert.Equal(0L, await Scalar<long>(check, $"SELECT COUNT(*) FROM Claims c WHERE (SELECT COUNT(*) FROM EvidenceItems e WHERE e.ClaimId = c.Id) <> {EvidencePerClaim};"));
        Assert.Equal(claims * EvidencePerClaim, await Scalar<long>(check, "SELECT COUNT(*) FROM EvidenceItems;"));
        Assert.Equal(claims, await Scalar<long>(check, "SELECT COUNT(*) FROM Reminders;"));
        await check.CloseAsync();

        // The database keeps working after the crash.
        await using var context = database.ForTenant("crash-tenant");
        Assert.Equal(claims, await context.Claims.CountAsync());
    }

    private static async Task<T> Scalar<T>(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
