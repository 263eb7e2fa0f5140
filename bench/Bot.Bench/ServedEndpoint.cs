using System.Diagnostics;
using System.Globalization;

namespace CoopAssistant.Bot.Bench;

/// <summary>
/// An endpoint under test in its own process (<see cref="Serve"/>, this same program with <c>serve</c>), or the reference bot
/// (node); the load driver talks to it over loopback HTTP and, for the .NET ones, reads its CPU time and allocations.
/// </summary>
internal sealed class ServedEndpoint : IAsyncDisposable
{
    private readonly Process? _process;
    private readonly ReferenceBot? _reference;
    private readonly Lock _gate = new();

    private ServedEndpoint(string variant, Uri messagesUrl, string? token, Process? process, ReferenceBot? reference)
    {
        Variant = variant;
        MessagesUrl = messagesUrl;
        Token = token;
        _process = process;
        _reference = reference;
    }

    public string Variant { get; }

    public Uri MessagesUrl { get; }

    /// <summary>The channel token to send (authenticated variants), valid for the run.</summary>
    public string? Token { get; }

    public bool HasCost => _process is not null;

    /// <summary>The variant as one path segment of the Connector's service URL (letters, digits and dashes).</summary>
    public static string PathSegment(string variant) => string.Concat(variant.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-'));

    public static async Task<ServedEndpoint> StartAsync(string variant, string serviceUrl)
    {
        var settings = variant.Split('+');
        if (variant == "reference")
        {
            var reference = await ReferenceBot.StartAsync();
            return new ServedEndpoint(variant, reference.MessagesUrl, null, null, reference);
        }

        // `dotnet exec` with the host's runtimeconfig and the image's DOTNET_ variables: the endpoint runs with the product's
        // runtime settings (ProductRuntime), not this driver's.
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add("--runtimeconfig");
        start.ArgumentList.Add(ProductRuntime.RuntimeConfig);
        start.ArgumentList.Add(typeof(ServedEndpoint).Assembly.Location);
        start.ArgumentList.Add("serve");
        start.ArgumentList.Add(settings[0]);
        start.ArgumentList.Add(serviceUrl);
        ProductRuntime.Apply(start);
        foreach (var setting in settings.Skip(1))
        {
            var (name, value) = (setting.Split('=')[0], setting.Split('=')[1]);
            start.Environment["DOTNET_" + name] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("The endpoint process did not start.");
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { } line)
            {
                Console.Error.WriteLine($"{variant} endpoint: {line}");
            }
        };
        process.BeginErrorReadLine();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("ready ", StringComparison.Ordinal))
            {
                var parts = line.Split(' ');
                return new ServedEndpoint(variant, new Uri(parts[1]), parts[2] == "-" ? null : parts[2], process, null);
            }
        }

        throw new InvalidOperationException($"The {variant} endpoint exited before it was ready (exit code {process.ExitCode}).");
    }

    /// <summary>The endpoint process's CPU time and allocations so far (null for the reference bot).</summary>
    public async Task<ServerCost?> CostAsync()
    {
        if (_process is null)
        {
            return null;
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        string? line;
        lock (_gate)
        {
            _process.StandardInput.WriteLine("cost");
            _process.StandardInput.Flush();
        }

        line = await _process.StandardOutput.ReadLineAsync(timeout.Token);
        var parts = line?.Split(' ') ?? [];
        if (parts.Length != 15 || parts[0] != "cost")
        {
            throw new InvalidOperationException($"The {Variant} endpoint answered '{line}' to 'cost'.");
        }

        var n = parts.Skip(1).Take(5).Select(p => double.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        return new ServerCost(n[0], n[1], (int)n[2], (int)n[3], (int)n[4], RuntimeWindow.Reading.Parse(parts, 6));
    }

    /// <summary>Asks the endpoint process to print its sampled allocations by type since the last time (BENCH_ALLOCATIONS=1).</summary>
    public void PrintAllocations()
    {
        if (_process is not null)
        {
            lock (_gate)
            {
                _process.StandardInput.WriteLine("allocations");
                _process.StandardInput.Flush();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_reference is not null)
        {
            await _reference.DisposeAsync();
        }

        if (_process is null)
        {
            return;
        }

        try
        {
            PrintAllocations();
            await _process.StandardInput.WriteLineAsync("exit");
            await _process.StandardInput.FlushAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (Exception exception) when (exception is OperationCanceledException or IOException)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}

/// <summary>Totals read from an endpoint process; the difference of two is a phase's cost.</summary>
internal sealed record ServerCost(double CpuMicroseconds, double AllocatedBytes, int Gen0, int Gen1, int Gen2, RuntimeWindow.Reading Runtime)
{
    public TurnCost PerTurn(ServerCost before, long turns)
    {
        var count = Math.Max(1, turns);
        var cpu = (CpuMicroseconds - before.CpuMicroseconds) / count;
        var allocated = (AllocatedBytes - before.AllocatedBytes) / 1024.0 / count;
        return new TurnCost(cpu, allocated, string.Create(CultureInfo.InvariantCulture,
            $"{cpu:F0} us CPU, {allocated:F1} KiB allocated; GCs gen0/1/2 {Gen0 - before.Gen0}/{Gen1 - before.Gen1}/{Gen2 - before.Gen2}"));
    }
}
