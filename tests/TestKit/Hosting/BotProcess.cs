using System.Diagnostics;
using System.Text;

namespace CoopAssistant.TestKit.Hosting;

/// <summary>
/// The bot host as a real child process (the built <c>CoopAssistant.Bot.dll</c>, or <c>dotnet run --project src/Bot</c>),
/// on a loopback port with its own content root and data folder; killed (or <c>kill -9</c>-ed) by tests.
/// </summary>
public sealed class BotProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private BotProcess(Process process, Uri baseAddress, string dataDirectory)
    {
        _process = process;
        BaseAddress = baseAddress;
        DataDirectory = dataDirectory;
    }

    public Uri BaseAddress { get; }

    public Uri MessagesEndpoint => new(BaseAddress, "api/messages");

    public string DataDirectory { get; }

    public int ProcessId => _process.Id;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts the built host dll from src/Bot's build output.</summary>
    public static Task<BotProcess> StartBuiltAsync(string repositoryRoot, IDictionary<string, string?>? environment = null, TimeSpan? timeout = null)
    {
        var dll = BuiltDll(repositoryRoot);
        return StartAsync("dotnet", [dll], Path.GetDirectoryName(dll)!, environment, timeout);
    }

    /// <summary>
    /// Starts the host exactly as the README says: <c>dotnet run --project src/Bot</c> in the repository root, with its launch
    /// profile (Development, <c>http://localhost:3978</c>). Only the port and the data folder differ, through the command-line
    /// arguments the README documents (after <c>--</c>). Nothing is added to the environment; settings the test runner's own
    /// environment would pass on (<c>ASPNETCORE_*</c>, <c>DOTNET_ENVIRONMENT</c>, <c>Section__Key</c>) are removed, as in a
    /// newcomer's fresh shell.
    /// </summary>
    public static Task<BotProcess> StartWithDotnetRunAsync(string repositoryRoot, TimeSpan? timeout = null)
    {
        var port = LoopbackPorts.Free();
        var data = Directory.CreateTempSubdirectory("coop-host-").FullName;
        var url = $"http://127.0.0.1:{port}";
        var start = StartInfo("dotnet", ["run", "--project", "src/Bot", "--", .. ReadmeArguments(url, data)], repositoryRoot);
        RemoveInheritedSettings(start.Environment);
        return LaunchAsync(start, new Uri(url + "/"), data, timeout ?? TimeSpan.FromMinutes(4));
    }

    /// <summary>The README's arguments for another port and data folder: <c>--urls</c>, the SQLite connection string and the
    /// evidence folder.</summary>
    public static IReadOnlyList<string> ReadmeArguments(string url, string dataDirectory) =>
    [
        "--urls", url,
        $"--ConnectionStrings:CoopAssistant=Data Source={Path.Combine(dataDirectory, "coopassistant.db")}",
        $"--Evidence:DataDirectory={dataDirectory}",
    ];

    /// <summary>Runs the built host dll as a deployment would (no launch profile, no <c>ASPNETCORE_ENVIRONMENT</c>: Production)
    /// with the given arguments until it exits, for hosts expected to refuse to start; killed after <paramref name="timeout"/>.</summary>
    public static async Task<ProcessResult> RunBuiltToExitAsync(string repositoryRoot, IEnumerable<string> arguments, TimeSpan timeout)
    {
        var dll = BuiltDll(repositoryRoot);
        var start = StartInfo("dotnet", [dll, .. arguments], Path.GetDirectoryName(dll)!);
        RemoveInheritedSettings(start.Environment);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("the host did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            throw new TimeoutException($"The host was still running after {timeout.TotalSeconds:F0} s:\n{await stdout}\n{await stderr}");
        }

        return new ProcessResult(process.ExitCode, await stdout, await stderr);
    }

    public static async Task<BotProcess> StartAsync(string fileName, IEnumerable<string> arguments, string workingDirectory, IDictionary<string, string?>? environment, TimeSpan? timeout)
    {
        var port = LoopbackPorts.Free();
        var data = Directory.CreateTempSubdirectory("coop-host-").FullName;
        var start = StartInfo(fileName, arguments, workingDirectory);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["ConnectionStrings__CoopAssistant"] = $"Data Source={Path.Combine(data, "coopassistant.db")}";
        start.Environment["Evidence__DataDirectory"] = data;
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (key, value) in environment ?? new Dictionary<string, string?>())
        {
            start.Environment[key] = value;
        }

        return await LaunchAsync(start, new Uri($"http://127.0.0.1:{port}/"), data, timeout ?? TimeSpan.FromSeconds(60));
    }

    private static string BuiltDll(string repositoryRoot)
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var dll = Path.Combine(repositoryRoot, "src", "Bot", "bin", configuration, "net10.0", "CoopAssistant.Bot.dll");
        return File.Exists(dll) ? dll : throw new InvalidOperationException($"The bot host is not built at {dll}.");
    }

    private static ProcessStartInfo StartInfo(string fileName, IEnumerable<string> arguments, string workingDirectory)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }

    /// <summary>Drops what would configure the host from the test runner's environment: the ASP.NET Core and .NET host
    /// environment variables and every <c>Section__Key</c> setting.</summary>
    private static void RemoveInheritedSettings(IDictionary<string, string?> environment)
    {
        foreach (var name in environment.Keys.ToList())
        {
            if (name.StartsWith("ASPNETCORE_", StringComparison.OrdinalIgnoreCase)
                || name.Equals("DOTNET_ENVIRONMENT", StringComparison.OrdinalIgnoreCase)
                || name.Contains("__", StringComparison.Ordinal))
            {
                environment.Remove(name);
            }
        }
    }

    private static async Task<BotProcess> LaunchAsync(ProcessStartInfo start, Uri baseAddress, string data, TimeSpan timeout)
    {
        var process = Process.Start(start) ?? throw new InvalidOperationException("the host did not start");
        var host = new BotProcess(process, baseAddress, data);
        process.OutputDataReceived += host.OnLine;
        process.ErrorDataReceived += host.OnLine;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                var exitCode = process.ExitCode;
                await host.DisposeAsync();
                throw new InvalidOperationException($"The host exited with {exitCode}:\n{host.Output}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri(host.BaseAddress, "healthz"));
                if (response.IsSuccessStatusCode)
                {
                    return host;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(200);
        }

        await host.DisposeAsync();
        throw new TimeoutException($"The host did not answer /healthz in time:\n{host.Output}");
    }

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    /// <summary>
    /// Sends SIGTERM (what <c>docker stop</c>, systemd and Kubernetes send) and waits up to <paramref name="timeout"/> for the
    /// process to exit. Returns how long it took, or null when it was still running (it is then killed, like <c>kill -9</c>).
    /// </summary>
    public async Task<TimeSpan?> TerminateAsync(TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        using (var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }, UseShellExecute = false })
            ?? throw new InvalidOperationException("could not run kill"))
        {
            await kill.WaitForExitAsync();
        }

        using var limit = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(limit.Token);
            return clock.Elapsed;
        }
        catch (OperationCanceledException)
        {
            Kill();
            return null;
        }
    }

    /// <summary>Kills the process at once, like <c>kill -9</c>.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
    }

    public ValueTask DisposeAsync()
    {
        Kill();
        _process.Dispose();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
        }

        return ValueTask.CompletedTask;
    }

    private void OnLine(object? sender, DataReceivedEventArgs e)
    {
        if (e.Data is not null)
        {
            lock (_output)
            {
                _output.AppendLine(e.Data);
            }
        }
    }
}
