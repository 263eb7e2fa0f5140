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
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var dll = Path.Combine(repositoryRoot, "src", "Bot", "bin", configuration, "net10.0", "CoopAssistant.Bot.dll");
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException($"The bot host is not built at {dll}.");
        }

        return StartAsync("dotnet", [dll], Path.GetDirectoryName(dll)!, environment, timeout);
    }

    /// <summary>Starts the host exactly as README says: <c>dotnet run --project src/Bot</c> in the repository root.</summary>
    public static Task<BotProcess> StartWithDotnetRunAsync(string repositoryRoot, IDictionary<string, string?>? environment = null, TimeSpan? timeout = null) =>
        StartAsync("dotnet", ["run", "--project", "src/Bot", "--no-launch-profile"], repositoryRoot, environment, timeout ?? TimeSpan.FromMinutes(4));

    public static async Task<BotProcess> StartAsync(string fileName, IEnumerable<string> arguments, string workingDirectory, IDictionary<string, string?>? environment, TimeSpan? timeout)
    {
        var port = LoopbackPorts.Free();
        var data = Directory.CreateTempSubdirectory("coop-host-").FullName;
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

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["ConnectionStrings__CoopAssistant"] = $"Data Source={Path.Combine(data, "coopassistant.db")}";
        start.Environment["Evidence__DataDirectory"] = data;
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (key, value) in environment ?? new Dictionary<string, string?>())
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("the host did not start");
        var host = new BotProcess(process, new Uri($"http://127.0.0.1:{port}/"), data);
        process.OutputDataReceived += host.OnLine;
        process.ErrorDataReceived += host.OnLine;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The host exited with {process.ExitCode}:\n{host.Output}");
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
