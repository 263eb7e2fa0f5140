using System.Text.RegularExpressions;

namespace CoopAssistant.Bot.Bench;

/// <summary>
/// The runtime settings the production host runs with, so that an endpoint process under test runs with them too instead of
/// this driver's: the host's own <c>CoopAssistant.Bot.runtimeconfig.json</c> (its csproj's GC settings; built beside this
/// program) given to <c>dotnet exec --runtimeconfig</c>, and the <c>DOTNET_*</c> variables of the image's final stage in the
/// repository's <c>Dockerfile</c> (settings the runtime reads only from the environment, such as <c>DOTNET_GCgen0size</c>).
/// Runtime variables this driver was started with (bench/run gives it its own) are not passed on.
/// </summary>
internal static partial class ProductRuntime
{
    public static string RuntimeConfig => Path.Combine(AppContext.BaseDirectory, "CoopAssistant.Bot.runtimeconfig.json");

    /// <summary>The <c>DOTNET_*</c> variables set by <c>ENV</c> in the Dockerfile's last stage.</summary>
    public static IReadOnlyDictionary<string, string> ImageEnvironment()
    {
        var text = File.ReadAllText(CoopAssistant.TestKit.RepoPaths.InRepo("Dockerfile")).Replace("\\\r\n", " ", StringComparison.Ordinal).Replace("\\\n", " ", StringComparison.Ordinal);
        var lastStage = text[text.LastIndexOf("\nFROM ", StringComparison.Ordinal)..];
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in lastStage.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith("ENV ", StringComparison.Ordinal)))
        {
            foreach (Match setting in Setting().Matches(line[4..]))
            {
                if (setting.Groups["name"].Value.StartsWith("DOTNET_", StringComparison.Ordinal))
                {
                    variables[setting.Groups["name"].Value] = setting.Groups["quoted"].Success ? setting.Groups["quoted"].Value : setting.Groups["bare"].Value;
                }
            }
        }

        return variables;
    }

    /// <summary>Starts <paramref name="start"/> as the product would run: its runtimeconfig, the image's variables, none of this
    /// process's runtime variables.</summary>
    public static void Apply(System.Diagnostics.ProcessStartInfo start)
    {
        foreach (var inherited in start.Environment.Keys.Where(k => k.StartsWith("DOTNET_", StringComparison.OrdinalIgnoreCase)
            && !k.StartsWith("DOTNET_CLI", StringComparison.OrdinalIgnoreCase) && k is not ("DOTNET_ROOT" or "DOTNET_NOLOGO")).ToList())
        {
            start.Environment.Remove(inherited);
        }

        foreach (var (name, value) in ImageEnvironment())
        {
            start.Environment[name] = value;
        }
    }

    [GeneratedRegex("""(?<name>[A-Za-z_][A-Za-z0-9_]*)=(?:"(?<quoted>[^"]*)"|(?<bare>\S+))""")]
    private static partial Regex Setting();
}
