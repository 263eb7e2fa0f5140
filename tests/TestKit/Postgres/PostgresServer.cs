using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Xunit;

namespace CoopAssistant.TestKit.Postgres;

/// <summary>A throwaway PostgreSQL server from Debian's binaries (default <c>/usr/lib/postgresql/15/bin</c>, or the
/// <c>COOPASSISTANT_PG_BIN</c> environment variable) on a free loopback port, in a temporary folder deleted on dispose.
/// Runs initdb/pg_ctl as the <c>postgres</c> OS user when the process runs as root. Missing binaries fail loudly.
/// Use as an xunit collection fixture: <c>[CollectionDefinition("postgres")] class X : ICollectionFixture&lt;PostgresServer&gt;;</c>
/// then give every test its own database with <see cref="NewDatabaseConnectionString"/>.</summary>
public sealed class PostgresServer : IAsyncLifetime, IAsyncDisposable
{
    public const string BinDirectoryVariable = "COOPASSISTANT_PG_BIN";
    public const string DefaultBinDirectory = "/usr/lib/postgresql/15/bin";
    public const string Host = "127.0.0.1";
    public const string User = "postgres";

    /// <summary>initdb and pg_ctl (whose own waits are 60 s) are killed after this long.</summary>
    private static readonly TimeSpan ToolTimeout = TimeSpan.FromMinutes(2);

    private readonly bool _durable;
    private string? _root;
    private int _databaseCounter;

    /// <summary>For xunit: a fast server (fsync off) — fine for tests, not for crash or performance claims.</summary>
    public PostgresServer()
        : this(durable: false)
    {
    }

    private PostgresServer(bool durable) => _durable = durable;

    public int Port { get; private set; }

    /// <summary>False after <see cref="StopAsync"/> or <see cref="KillAsync"/> until <see cref="RestartAsync"/>.</summary>
    public bool IsRunning { get; private set; }

    public string BinDirectory { get; } = Environment.GetEnvironmentVariable(BinDirectoryVariable) is { Length: > 0 } dir ? dir : DefaultBinDirectory;

    /// <summary>Starts a server outside xunit (benchmarks). <paramref name="durable"/> keeps fsync on.</summary>
    public static async Task<PostgresServer> StartAsync(bool durable)
    {
        var server = new PostgresServer(durable);
        await server.InitializeAsync();
        return server;
    }

    public string ConnectionString(string database) =>
        $"Host={Host};Port={Port};Username={User};Database={database};Pooling=true;Include Error Detail=true";

    /// <summary>A connection string for a database name no other test uses (created on first migration by EF Core / Npgsql).</summary>
    public string NewDatabaseConnectionString(string prefix = "t")
    {
        ArgumentNullException.ThrowIfNull(prefix);
        var safe = new string([.. prefix.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).Take(20)]);
        var n = Interlocked.Increment(ref _databaseCounter);
        return ConnectionString($"{(safe.Length == 0 ? "t" : safe)}_{n}_{Guid.NewGuid():N}");
    }

    public async Task InitializeAsync()
    {
        foreach (var tool in new[] { "initdb", "pg_ctl", "postgres" })
        {
            if (!File.Exists(Path.Combine(BinDirectory, tool)))
            {
                throw new InvalidOperationException(
                    $"PostgreSQL server binaries not found: {Path.Combine(BinDirectory, tool)} is missing. Install PostgreSQL 15 " +
                    $"(Debian package postgresql-15; ./test.sh installs it) or point {BinDirectoryVariable} at its bin folder. These tests never skip.");
            }
        }

        _root = Path.Combine(Path.GetTempPath(), $"coop-pg-{Guid.NewGuid():N}");
        Directory.CreateDirectory(_root);
        if (RunsAsRoot)
        {
            await RunAsync("chown", ["postgres:postgres", _root], asPostgres: false);
        }

        await RunAsync(Path.Combine(BinDirectory, "initdb"), ["-D", Path.Combine(_root, "data"), "-A", "trust", "-U", User, "-E", "UTF8", "--no-sync"], asPostgres: true);

        Exception? last = null;
        for (var attempt = 0; attempt < 3; attempt++)
        {
            Port = FreeLoopbackPort();
            try
            {
                await StartServerAsync();
                return;
            }
            catch (InvalidOperationException ex)
            {
                last = ex;
            }
        }

        throw new InvalidOperationException($"PostgreSQL did not start; log: {ReadLog()}", last);
    }

    /// <summary>Stops the server (fast shutdown: open connections are terminated) keeping its data, for outage tests.</summary>
    public async Task StopAsync()
    {
        var root = _root ?? throw new InvalidOperationException("The server was never started.");
        await RunAsync(Path.Combine(BinDirectory, "pg_ctl"), ["-D", Path.Combine(root, "data"), "-m", "fast", "-w", "stop"], asPostgres: true);
        IsRunning = false;
    }

    /// <summary>Kills the server as a crash would (immediate shutdown: every connection dropped, no checkpoint), keeping its
    /// data for <see cref="RestartAsync"/>.</summary>
    public async Task KillAsync()
    {
        var root = _root ?? throw new InvalidOperationException("The server was never started.");
        await RunAsync(Path.Combine(BinDirectory, "pg_ctl"), ["-D", Path.Combine(root, "data"), "-m", "immediate", "-w", "stop"], asPostgres: true);
        IsRunning = false;
    }

    /// <summary>Starts the stopped server again on the same port with the same data.</summary>
    public Task RestartAsync() => _root is null ? throw new InvalidOperationException("The server was never started.") : StartServerAsync();

    private async Task StartServerAsync()
    {
        var root = _root!;
        var settings = $"-p {Port} -k {root} -c listen_addresses={Host} -c max_connections=200" + (_durable ? "" : " -c fsync=off -c synchronous_commit=off -c full_page_writes=off");
        await RunAsync(Path.Combine(BinDirectory, "pg_ctl"), ["-D", Path.Combine(root, "data"), "-o", settings, "-l", Path.Combine(root, "server.log"), "-w", "-t", "60", "start"], asPostgres: true);
        IsRunning = true;
    }

    public async Task DisposeAsync()
    {
        if (_root is null)
        {
            return;
        }

        try
        {
            await RunAsync(Path.Combine(BinDirectory, "pg_ctl"), ["-D", Path.Combine(_root, "data"), "-m", "immediate", "-w", "stop"], asPostgres: true);
        }
        catch (InvalidOperationException)
        {
            // Already stopped.
        }

        IsRunning = false;

        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }

        _root = null;
    }

    async ValueTask IAsyncDisposable.DisposeAsync() => await DisposeAsync();

    private static bool RunsAsRoot => string.Equals(Environment.UserName, "root", StringComparison.Ordinal);

    private string ReadLog()
    {
        var log = _root is null ? null : Path.Combine(_root, "server.log");
        return log is not null && File.Exists(log) ? File.ReadAllText(log) : "(no log)";
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task RunAsync(string fileName, IReadOnlyList<string> arguments, bool asPostgres)
    {
        var info = new ProcessStartInfo
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asPostgres && RunsAsRoot)
        {
            info.FileName = "runuser";
            foreach (var a in new[] { "-u", "postgres", "--", fileName })
            {
                info.ArgumentList.Add(a);
            }
        }
        else
        {
            info.FileName = fileName;
        }

        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(ToolTimeout);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', arguments)} did not finish within {ToolTimeout.TotalSeconds:F0} s.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{fileName} {string.Join(' ', arguments)} exited with {process.ExitCode}: {await stdout} {await stderr}");
        }
    }
}
