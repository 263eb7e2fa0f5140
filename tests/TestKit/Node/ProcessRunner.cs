using System.Diagnostics;
using System.Text;

namespace CoopAssistant.TestKit;

/// <summary>Runs a child process to completion with optional stdin, a timeout (the whole tree is killed) and extra environment.</summary>
public static class ProcessRunner
{
    public static async Task<ProcessResult> RunAsync(
        string fileName,
        IEnumerable<string> arguments,
        string workingDirectory,
        string? standardInput = null,
        TimeSpan? timeout = null,
        IReadOnlyDictionary<string, string>? environment = null,
        CancellationToken cancellationToken = default)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        if (environment is not null)
        {
            foreach (var (key, value) in environment)
            {
                startInfo.Environment[key] = value;
            }
        }

        using var process = new Process { StartInfo = startInfo };
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"Could not start '{fileName}': {e.Message}", e);
        }

        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        var limit = timeout ?? TimeSpan.FromMinutes(2);
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(limit);
        try
        {
            if (standardInput is not null)
            {
                // Write without a byte-order mark: node would see it as part of the JSON.
                var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(standardInput);
                await process.StandardInput.BaseStream.WriteAsync(bytes, timeoutSource.Token);
                await process.StandardInput.BaseStream.FlushAsync(timeoutSource.Token);
            }

            process.StandardInput.Close();
            await process.WaitForExitAsync(timeoutSource.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            cancellationToken.ThrowIfCancellationRequested();
            throw new TimeoutException($"'{fileName} {string.Join(' ', startInfo.ArgumentList)}' did not finish within {limit}.");
        }
        catch (IOException) when (process.HasExited)
        {
            // The process exited before reading all of stdin; its exit code and output tell why.
            await process.WaitForExitAsync(cancellationToken);
        }

        return new ProcessResult(process.ExitCode, await stdout, await stderr);
    }
}
