using System.Security.Cryptography;
using System.Text;

namespace CoopAssistant.TestKit;

/// <summary>
/// The npm test tools in <c>tests/node</c>: finds <c>node</c> and <c>npm</c>, installs <c>node_modules</c> when missing
/// (<c>npm ci</c>, or <c>npm install</c> without a lock file) under a cross-process lock, and runs scripts.
/// A missing node or npm, or a failed install, throws: the test fails with the reason, it is never skipped.
/// </summary>
public static class NodeTools
{
    /// <summary>Packages whose folders must exist for the install to count as done.</summary>
    private static readonly string[] RequiredPackages = ["adaptivecards", "jsdom"];

    private static readonly SemaphoreSlim InstallGate = new(1, 1);

    public static string Directory => RepoPaths.NodeTools;

    public static string NodeModules => Path.Combine(Directory, "node_modules");

    /// <summary>The full path of <c>node</c> (from <c>NODE</c> or PATH).</summary>
    public static string Node => FindExecutable("node", "NODE")
        ?? throw new InvalidOperationException("Node.js is required by the card and client tests but 'node' was not found on PATH (install Node 20+ or set NODE to its path).");

    public static string Npm => FindExecutable("npm", "NPM")
        ?? throw new InvalidOperationException("npm is required to install the test tools in tests/node but 'npm' was not found on PATH (install npm or set NPM to its path).");

    /// <summary>A script in <c>tests/node</c>, e.g. <c>ScriptPath("validate-cards.js")</c>.</summary>
    public static string ScriptPath(string name) => Path.Combine(Directory, name);

    /// <summary>An executable that an npm package installs in <c>node_modules/.bin</c>.</summary>
    public static string BinPath(string name) => Path.Combine(NodeModules, ".bin", name);

    /// <summary>Makes sure <c>tests/node/node_modules</c> is installed; safe to call from many test assemblies at once.</summary>
    public static async Task EnsureInstalledAsync(CancellationToken cancellationToken = default)
    {
        if (IsInstalled())
        {
            return;
        }

        await InstallGate.WaitAsync(cancellationToken);
        try
        {
            using var fileLock = await AcquireFileLockAsync(cancellationToken);
            if (IsInstalled())
            {
                return;
            }

            var hasLockFile = File.Exists(Path.Combine(Directory, "package-lock.json"));
            string[] arguments = hasLockFile
                ? ["ci", "--no-audit", "--no-fund"]
                : ["install", "--no-audit", "--no-fund"];
            var result = await ProcessRunner.RunAsync(Npm, arguments, Directory, timeout: TimeSpan.FromMinutes(10), cancellationToken: cancellationToken);
            if (!result.Succeeded || !IsInstalled())
            {
                throw new InvalidOperationException($"'npm {string.Join(' ', arguments)}' in {Directory} failed: {result}");
            }
        }
        finally
        {
            InstallGate.Release();
        }
    }

    /// <summary>Runs <c>node &lt;script&gt; [arguments]</c> in <c>tests/node</c> after <see cref="EnsureInstalledAsync"/>.</summary>
    public static async Task<ProcessResult> RunScriptAsync(
        string scriptName,
        string? standardInput = null,
        TimeSpan? timeout = null,
        IEnumerable<string>? arguments = null,
        CancellationToken cancellationToken = default)
    {
        var script = ScriptPath(scriptName);
        if (!File.Exists(script))
        {
            throw new FileNotFoundException($"The node script '{script}' does not exist.", script);
        }

        await EnsureInstalledAsync(cancellationToken);
        return await ProcessRunner.RunAsync(
            Node,
            [script, .. arguments ?? []],
            Directory,
            standardInput,
            timeout ?? TimeSpan.FromMinutes(2),
            cancellationToken: cancellationToken);
    }

    /// <summary>Installed when npm left its marker and every dependency of package.json (plus the renderer and jsdom) has its folder.</summary>
    private static bool IsInstalled() =>
        File.Exists(Path.Combine(NodeModules, ".package-lock.json"))
        && RequiredPackages.Concat(DeclaredDependencies()).All(p => File.Exists(Path.Combine(NodeModules, p, "package.json")));

    private static IEnumerable<string> DeclaredDependencies()
    {
        var manifest = Path.Combine(Directory, "package.json");
        if (!File.Exists(manifest))
        {
            throw new FileNotFoundException($"'{manifest}' is missing: the npm test tools cannot be installed.", manifest);
        }

        using var document = System.Text.Json.JsonDocument.Parse(File.ReadAllText(manifest));
        foreach (var section in new[] { "dependencies", "devDependencies" })
        {
            if (document.RootElement.TryGetProperty(section, out var dependencies))
            {
                foreach (var dependency in dependencies.EnumerateObject())
                {
                    yield return dependency.Name;
                }
            }
        }
    }

    private static async Task<FileStream> AcquireFileLockAsync(CancellationToken cancellationToken)
    {
        var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Directory)))[..16];
        var path = Path.Combine(Path.GetTempPath(), $"coopassistant-npm-{key}.lock");
        var deadline = DateTime.UtcNow.AddMinutes(15);
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(250, cancellationToken);
            }
        }
    }

    private static string? FindExecutable(string name, string variable)
    {
        var configured = Environment.GetEnvironmentVariable(variable);
        if (!string.IsNullOrWhiteSpace(configured) && File.Exists(configured))
        {
            return configured;
        }

        var extensions = OperatingSystem.IsWindows() ? new[] { ".exe", ".cmd", string.Empty } : [string.Empty];
        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var extension in extensions)
            {
                var candidate = Path.Combine(folder, name + extension);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
