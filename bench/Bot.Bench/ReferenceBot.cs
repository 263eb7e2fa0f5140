using System.Diagnostics;
using System.Globalization;
using CoopAssistant.TestKit;

namespace CoopAssistant.Bot.Bench;

/// <summary>
/// The reference echo bot (<c>bench/reference-bot</c>: Bot Framework SDK for JavaScript, <c>CloudAdapter</c>, no app id)
/// as a child <c>node</c> process on a free loopback port; <c>npm ci</c> first when its node_modules are missing.
/// </summary>
internal sealed class ReferenceBot : IAsyncDisposable
{
    private readonly Process _process;

    private ReferenceBot(Process process, Uri messagesUrl)
    {
        _process = process;
        MessagesUrl = messagesUrl;
    }

    public static string Directory => RepoPaths.InRepo("bench", "reference-bot");

    public Uri MessagesUrl { get; }

    public static async Task<ReferenceBot> StartAsync()
    {
        if (!System.IO.Directory.Exists(Path.Combine(Directory, "node_modules", "botbuilder")))
        {
            var install = await ProcessRunner.RunAsync(NodeTools.Npm, ["ci", "--no-audit", "--no-fund"], Directory, timeout: TimeSpan.FromMinutes(10));
            if (!install.Succeeded)
            {
                throw new InvalidOperationException($"'npm ci' in {Directory} failed: {install}");
            }
        }

        var start = new ProcessStartInfo(NodeTools.Node)
        {
            WorkingDirectory = Directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("index.js");
        start.ArgumentList.Add("0");
        var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { } line)
            {
                Console.Error.WriteLine("reference bot: " + line);
            }
        };
        process.BeginErrorReadLine();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("listening on ", StringComparison.Ordinal))
            {
                var port = int.Parse(line["listening on ".Length..], CultureInfo.InvariantCulture);
                return new ReferenceBot(process, new Uri($"http://127.0.0.1:{port}/api/messages"));
            }
        }

        throw new InvalidOperationException("The reference bot exited before listening.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
