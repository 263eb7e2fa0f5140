namespace CoopAssistant.TestKit;

/// <summary>Absolute paths of the repository and the shared design folder, found from the test binaries (never the working directory).</summary>
public static class RepoPaths
{
    public const string SolutionFileName = "CoopAssistant.sln";

    /// <summary>Set this environment variable to use a shared folder other than <c>&lt;root&gt;/../shared</c>.</summary>
    public const string SharedFolderVariable = "COOPASSISTANT_SHARED";

    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    /// <summary>The folder holding CoopAssistant.sln (walks up from <see cref="AppContext.BaseDirectory"/>).</summary>
    public static string Root => LazyRoot.Value;

    /// <summary>The shared folder (DESIGN.md, FACTS.md, schemas, seed, fixtures): <c>&lt;root&gt;/../shared</c>.</summary>
    public static string Shared
    {
        get
        {
            var configured = Environment.GetEnvironmentVariable(SharedFolderVariable);
            var path = string.IsNullOrWhiteSpace(configured)
                ? Path.GetFullPath(Path.Combine(Root, "..", "shared"))
                : Path.GetFullPath(configured);
            return Directory.Exists(path)
                ? path
                : throw new DirectoryNotFoundException($"The shared folder '{path}' does not exist (it should sit beside the repository, or set {SharedFolderVariable}).");
        }
    }

    /// <summary>The official Adaptive Cards 1.5 JSON schema.</summary>
    public static string AdaptiveCardSchema => Path.Combine(Shared, "schemas", "adaptive-card-1.5.json");

    /// <summary>The root Office add-in manifest XSD (<c>tests/TestKit/Schemas/office-addin</c>; it imports the others beside it).</summary>
    public static string OfficeAddInSchema => InRepo("tests", "TestKit", "Schemas", "office-addin", "OfficeAppManifestV1_1.xsd");

    /// <summary><c>tests/node</c>: the npm test tools and their scripts.</summary>
    public static string NodeTools => Path.Combine(Root, "tests", "node");

    /// <summary>A path under the repository root from its parts.</summary>
    public static string InRepo(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>A path under the shared folder from its parts.</summary>
    public static string InShared(params string[] parts) => Path.Combine([Shared, .. parts]);

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
