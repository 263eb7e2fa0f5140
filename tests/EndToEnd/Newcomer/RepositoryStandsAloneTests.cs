using CoopAssistant.TestKit;

namespace CoopAssistant.EndToEnd.Tests.Newcomer;

/// <summary>A clone has nothing beside it: no file in the repository points at a folder outside it. (<c>.ci/run</c> proves it
/// too, by running the suite in a fresh clone in an empty folder; this test names the offending line.)</summary>
public sealed class RepositoryStandsAloneTests
{
    // Built from parts so that this file does not match itself.
    private static readonly string[] OutsidePaths = [".." + "/shared", "..\\" + "shared", "COOPASSISTANT" + "_SHARED"];

    private static readonly HashSet<string> SkippedFolders = new(StringComparer.Ordinal) { ".git", "bin", "obj", "node_modules", "TestResults", "artifacts", "build" };

    private static readonly HashSet<string> TextExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".cs", ".csproj", ".props", ".targets", ".sln", ".json", ".js", ".mjs", ".ts", ".md", ".sh", ".yml", ".yaml", ".xml", ".html", ".txt", "",
    };

    [Fact]
    public void NoFile_ReadsTheSharedFolderBesideTheRepository()
    {
        var offending = new List<string>();
        foreach (var file in Files(new DirectoryInfo(RepoPaths.Root)))
        {
            var lines = File.ReadAllLines(file.FullName);
            for (var i = 0; i < lines.Length; i++)
            {
                if (OutsidePaths.Any(p => lines[i].Contains(p, StringComparison.Ordinal)))
                {
                    offending.Add($"{Path.GetRelativePath(RepoPaths.Root, file.FullName)}:{i + 1}: {lines[i].Trim()}");
                }
            }
        }

        Assert.True(offending.Count == 0, "Files that read outside the repository:\n" + string.Join('\n', offending));
    }

    private static IEnumerable<FileInfo> Files(DirectoryInfo folder)
    {
        foreach (var file in folder.EnumerateFiles())
        {
            if (TextExtensions.Contains(file.Extension) && file.Length < 2_000_000)
            {
                yield return file;
            }
        }

        foreach (var child in folder.EnumerateDirectories())
        {
            if (!SkippedFolders.Contains(child.Name) && (child.Attributes & FileAttributes.ReparsePoint) == 0)
            {
                foreach (var file in Files(child))
                {
                    yield return file;
                }
            }
        }
    }
}
