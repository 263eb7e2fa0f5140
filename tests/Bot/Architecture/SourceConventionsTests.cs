using CoopAssistant.TestKit;

namespace CoopAssistant.Bot.Tests.Architecture;

/// <summary>
/// Conventions of the source under <c>src/</c> that the compiler does not check. (The XML comments themselves are compiled:
/// <c>GenerateDocumentationFile</c> makes a wrong <c>cref</c>, <c>paramref</c> or <c>param</c> name a build error.)
/// </summary>
public sealed class SourceConventionsTests
{
    [Fact]
    public void NoFolder_IsCalledCommon()
    {
        var common = Directory.EnumerateDirectories(RepoPaths.InRepo("src"), "*", SearchOption.AllDirectories)
            .Where(d => !IsBuildOutput(d) && string.Equals(Path.GetFileName(d), "Common", StringComparison.OrdinalIgnoreCase))
            .Select(d => Path.GetRelativePath(RepoPaths.Root, d))
            .ToList();

        Assert.True(common.Count == 0, "folders named Common (name what they hold): " + string.Join(", ", common));
    }

    [Fact]
    public void NoType_IsNamedSupport()
    {
        var types = typeof(Program).Assembly.GetTypes()
            .Concat(typeof(CoopAssistant.Claims.Model.Claim).Assembly.GetTypes())
            .Concat(typeof(CoopAssistant.Graph.Evidence.IEvidenceStore).Assembly.GetTypes())
            .Concat(typeof(CoopAssistant.Scheduling.ReminderOptions).Assembly.GetTypes())
            .Concat(typeof(CoopAssistant.Protocol.Adapter.TurnContext).Assembly.GetTypes())
            .Where(t => !t.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute), inherit: false))
            .Select(t => t.Name.Split('`')[0])
            .Where(name => name.EndsWith("Support", StringComparison.Ordinal))
            .ToList();

        Assert.True(types.Count == 0, "types named *Support (name what they do): " + string.Join(", ", types));
    }

    [Fact]
    public void EveryDocComment_HasAtMostOneSummary()
    {
        var offenders = new List<string>();
        foreach (var file in SourceFiles())
        {
            var lines = File.ReadAllLines(file);
            var summaries = 0;
            for (var i = 0; i <= lines.Length; i++)
            {
                var line = i < lines.Length ? lines[i].TrimStart() : string.Empty;
                if (line.StartsWith("///", StringComparison.Ordinal))
                {
                    summaries += CountOf(line, "<summary>");
                    continue;
                }

                if (summaries > 1)
                {
                    offenders.Add($"{Path.GetRelativePath(RepoPaths.Root, file)}:{i + 1}");
                }

                summaries = 0;
            }
        }

        Assert.True(offenders.Count == 0, "members with two <summary> comments: " + string.Join(", ", offenders));
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static IEnumerable<string> SourceFiles() =>
        Directory.EnumerateFiles(RepoPaths.InRepo("src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !IsBuildOutput(f));

    private static bool IsBuildOutput(string path)
    {
        var parts = Path.GetRelativePath(RepoPaths.InRepo("src"), path).Split(Path.DirectorySeparatorChar);
        return parts.Contains("obj") || parts.Contains("bin") || parts.Contains("node_modules");
    }
}
