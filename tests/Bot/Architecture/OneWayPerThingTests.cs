using CoopAssistant.TestKit;

namespace CoopAssistant.Bot.Tests.Architecture;

/// <summary>
/// Guards against a second way of doing what the code does one way (issue 18, "One way per thing"): each test names the one
/// place and fails when a copy comes back elsewhere under <c>src/</c>.
/// </summary>
public sealed class OneWayPerThingTests
{
    [Fact]
    public void Evidence_IsRecordedOnlyThroughTheOneConflictRetry()
    {
        // Outside the claim service's own folder (the service and ClaimConflictRetry), nothing adds evidence to a claim directly.
        Assert.Equal([], FilesContaining(".AddEvidenceAsync(").Where(f => !f.StartsWith("Claims/Services/", StringComparison.Ordinal)));
        Assert.Equal([], FilesContaining("MaxVersionRetries"));
    }

    [Fact]
    public void EvidenceFileRules_HaveOneOptionsClass()
    {
        string[] names = ["MaxFileBytes", "MaxEvidenceBytes", "AllowedExtensions", "AllowedEvidenceExtensions"];

        var owners = AppTypes()
            .Where(t => t.GetProperties().Any(p => names.Contains(p.Name)))
            .Select(t => t.FullName)
            .ToList();

        Assert.Equal(["CoopAssistant.Claims.Validation.EvidenceFileOptions"], owners);
    }

    [Fact]
    public void Msal_GetsItsHttpClientFromOneFactory()
    {
        var factories = AppTypes()
            .Where(t => typeof(Microsoft.Identity.Client.IMsalHttpClientFactory).IsAssignableFrom(t) && !t.IsInterface)
            .Select(t => t.FullName)
            .ToList();

        Assert.Equal(["CoopAssistant.Identity.MsalHttpClientFactory"], factories);
    }

    [Fact]
    public void ACardActionsClaimIdAndVersion_AreReadOnlyByClaimReference()
    {
        string[] readers = [.. FilesContaining("TryGetProperty(CardDataKeys.ClaimId").Concat(FilesContaining("TryGetProperty(CardDataKeys.ClaimVersion")).Distinct()];

        Assert.Equal(["Bot/Conversation/Claims/Turns/ClaimReference.cs"], readers);
    }

    [Fact]
    public void Organization_IsSpelledOneWay_InCodeAndRoutes()
    {
        // The one exception: a phrase a British-English speaker may type in the chat.
        string[] typed = ["Bot/Conversation/Claims/MyClaims/OrganizationClaimsCommand.cs"];

        string[] files = [.. new[] { "*.cs", "*.js", "*.mjs", "*.html", "*.json" }.SelectMany(p => FilesContaining("organis", p, StringComparison.OrdinalIgnoreCase)).Except(typed)];

        Assert.Empty(files);
    }

    internal static IEnumerable<Type> AppTypes() =>
        new[]
        {
            typeof(Program).Assembly,
            typeof(CoopAssistant.Claims.Model.Claim).Assembly,
            typeof(CoopAssistant.Graph.Evidence.IEvidenceStore).Assembly,
            typeof(CoopAssistant.Scheduling.ReminderOptions).Assembly,
            typeof(CoopAssistant.Protocol.Adapter.TurnContext).Assembly,
            typeof(CoopAssistant.Identity.MsalHttpClientFactory).Assembly,
        }.SelectMany(a => a.GetTypes());

    /// <summary>The files under <c>src/</c> (paths relative to it, with <c>/</c>) whose C# source contains <paramref name="text"/>.</summary>
    internal static IReadOnlyList<string> FilesContaining(string text, string pattern = "*.cs", StringComparison comparison = StringComparison.Ordinal) =>
        [.. SourceFiles(pattern)
            .Where(f => File.ReadAllText(f).Contains(text, comparison))
            .Select(f => Path.GetRelativePath(RepoPaths.InRepo("src"), f).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal)];

    private static IEnumerable<string> SourceFiles(string pattern) =>
        Directory.EnumerateFiles(RepoPaths.InRepo("src"), pattern, SearchOption.AllDirectories).Where(f => !IsBuildOutput(f));

    private static bool IsBuildOutput(string path)
    {
        var parts = Path.GetRelativePath(RepoPaths.InRepo("src"), path).Split(Path.DirectorySeparatorChar);
        return parts.Contains("obj") || parts.Contains("bin") || parts.Contains("node_modules");
    }
}
