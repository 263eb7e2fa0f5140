using CoopAssistant.TestKit;

namespace CoopAssistant.Bot.Tests.Architecture;

/// <summary>
/// Small files: no hand-written <c>.cs</c> or <c>.js</c> file under <c>src/</c> is over <see cref="MaxLines"/> lines (issue 18).
/// Generated files do not count: EF Core's migrations, their designers and model snapshots (<c>Migrations</c> folders),
/// <c>*.Designer.cs</c> and <c>*.g.cs</c>, and the bundles esbuild writes from <c>src/Bot/{Tab,AddIn}/client</c> (committed,
/// minified). A long file is split by responsibility, not into arbitrary partial-class chunks.
/// </summary>
public sealed class FileLengthTests : IDisposable
{
    public const int MaxLines = 250;

    /// <summary>What <c>src/Bot/Tab/client/build.mjs</c> and <c>src/Bot/AddIn/client/build.mjs</c> write (esbuild bundles).</summary>
    private static readonly string[] Bundles =
    [
        "src/Bot/wwwroot/tab/tab.js",
        "src/Bot/wwwroot/tab/teams.js",
        "src/Bot/wwwroot/addin/auth.js",
        "src/Bot/wwwroot/addin/auth-dialog.js",
        "src/Bot/wwwroot/addin/auth-redirect.js",
        "src/Bot/wwwroot/addin/strings.js",
        "src/Bot/wwwroot/addin/taskpane.js",
    ];

    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"coop-lengths-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void NoSourceFile_IsOverTheLimit()
    {
        var offenders = LongFiles(RepoPaths.Root, Bundles).ToList();

        Assert.True(offenders.Count == 0, $"files over {MaxLines} lines (split them by responsibility): "
            + string.Join(", ", offenders.Select(f => $"{f.Path} ({f.Lines})")));
    }

    [Fact]
    public void EveryListedBundle_Exists()
    {
        Assert.All(Bundles, b => Assert.True(File.Exists(Path.Combine(RepoPaths.Root, b)), $"{b} is listed as a bundle but does not exist"));
    }

    [Fact]
    public void TheCheck_FindsALongFile_AndSkipsGeneratedBuildAndBundledFiles()
    {
        Write("src/Claims/AtTheLimit.cs", MaxLines);
        Write("src/Claims/OneOver.cs", MaxLines + 1);
        Write("src/Bot/wwwroot/app/page.js", 400);
        Write("src/Bot/wwwroot/app/bundle.js", 400);
        Write("src/Claims/Storage/Migrations/Sqlite/20260101000000_Big.cs", 900);
        Write("src/Claims/Storage/Migrations/Sqlite/SqliteModelSnapshot.cs", 900);
        Write("src/Bot/Localization/Strings.Designer.cs", 900);
        Write("src/Bot/Generated/Routes.g.cs", 900);
        Write("src/Bot/obj/Debug/Big.cs", 900);
        Write("src/Bot/Tab/client/node_modules/lib/index.js", 900);
        Write("src/Bot/Notes.md", 900);

        var found = LongFiles(_folder, ["src/Bot/wwwroot/app/bundle.js"]);

        Assert.Equal([("src/Bot/wwwroot/app/page.js", 400), ("src/Claims/OneOver.cs", MaxLines + 1)], found.Select(f => (f.Path, f.Lines)).ToList());
    }

    /// <summary>The hand-written <c>.cs</c> and <c>.js</c> files under <paramref name="root"/>/src over <see cref="MaxLines"/>
    /// lines, as paths relative to <paramref name="root"/> with forward slashes, in path order.</summary>
    private static List<(string Path, int Lines)> LongFiles(string root, IReadOnlyCollection<string> bundles) =>
        [.. Directory.EnumerateFiles(Path.Combine(root, "src"), "*", SearchOption.AllDirectories)
            .Select(f => (Full: f, Path: Path.GetRelativePath(root, f).Replace(Path.DirectorySeparatorChar, '/')))
            .Where(f => IsHandWritten(f.Path) && !bundles.Contains(f.Path, StringComparer.Ordinal))
            .Select(f => (f.Path, Lines: File.ReadLines(f.Full).Count()))
            .Where(f => f.Lines > MaxLines)
            .OrderBy(f => f.Path, StringComparer.Ordinal)];

    private static bool IsHandWritten(string path)
    {
        var folders = path.Split('/')[..^1];
        var name = Path.GetFileName(path);
        return (name.EndsWith(".cs", StringComparison.Ordinal) || name.EndsWith(".js", StringComparison.Ordinal))
            && !name.EndsWith(".Designer.cs", StringComparison.Ordinal)
            && !name.EndsWith(".g.cs", StringComparison.Ordinal)
            && !folders.Any(f => f is "Migrations" or "bin" or "obj" or "node_modules");
    }

    private void Write(string relativePath, int lines)
    {
        var path = Path.Combine(_folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllLines(path, Enumerable.Range(1, lines).Select(i => $"// line {i}"));
    }
}
