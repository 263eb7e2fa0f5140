namespace CoopAssistant.TestKit;

/// <summary>Absolute paths inside the repository, found from the test binaries (never the working directory). Tests read
/// nothing outside the repository.</summary>
public static class RepoPaths
{
    public const string SolutionFileName = "CoopAssistant.sln";

    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    /// <summary>The folder holding CoopAssistant.sln (walks up from <see cref="AppContext.BaseDirectory"/>).</summary>
    public static string Root => LazyRoot.Value;

    /// <summary>The official Adaptive Cards 1.5 JSON schema (<c>tests/TestKit/Schemas</c>, sources in its README).</summary>
    public static string AdaptiveCardSchema => InRepo("tests", "TestKit", "Schemas", "adaptive-card-1.5.json");

    /// <summary>A recorded input under <c>tests/Fixtures</c>, e.g. <c>Fixture("playground", "message.json")</c>.</summary>
    public static string Fixture(params string[] parts) => InRepo(["tests", "Fixtures", .. parts]);

    /// <summary>The root Office add-in manifest XSD (<c>tests/TestKit/Schemas/office-addin</c>; it imports the others beside it).</summary>
    public static string OfficeAddInSchema => InRepo("tests", "TestKit", "Schemas", "office-addin", "OfficeAppManifestV1_1.xsd");

    /// <summary><c>tests/node</c>: the npm test tools and their scripts.</summary>
    public static string NodeTools => Path.Combine(Root, "tests", "node");

    /// <summary>A path under the repository root from its parts.</summary>
    public static string InRepo(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, SolutionFileName)))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No folder above '{AppContext.BaseDirectory}' contains {SolutionFileName}.");
    }
}
