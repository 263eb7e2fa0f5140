using CoopAssistant.TestKit;

namespace CoopAssistant.Bot.Tests.Cards;

public class TestKitTests
{
    [Fact]
    public void RepoPaths_FindTheSolutionAndTheSchemas()
    {
        Assert.True(File.Exists(Path.Combine(RepoPaths.Root, RepoPaths.SolutionFileName)));
        Assert.True(File.Exists(RepoPaths.AdaptiveCardSchema));
        Assert.True(File.Exists(RepoPaths.OfficeAddInSchema));
        Assert.True(File.Exists(RepoPaths.Fixture("playground", "message.json")));
        Assert.True(File.Exists(Path.Combine(RepoPaths.NodeTools, "package.json")));
    }

    [Fact]
    public async Task NodeTools_RunScript_PassesStdinAndReturnsStdout()
    {
        var result = await NodeTools.RunScriptAsync("validate-cards.js", "[]");

        Assert.True(result.Succeeded, result.ToString());
        Assert.Equal("[]", result.StandardOutput);
    }

    [Fact]
    public async Task NodeTools_RunScript_BadInputGivesExitCodeAndStderr()
    {
        var result = await NodeTools.RunScriptAsync("validate-cards.js", "not json");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("not JSON", result.StandardError);
    }

    [Fact]
    public async Task NodeTools_RunScript_MissingScriptThrows() =>
        await Assert.ThrowsAsync<FileNotFoundException>(() => NodeTools.RunScriptAsync("no-such-script.js"));

    [Fact]
    public async Task ProcessRunner_Timeout_KillsAndThrows() =>
        await Assert.ThrowsAsync<TimeoutException>(() =>
            ProcessRunner.RunAsync(NodeTools.Node, ["-e", "setTimeout(() => {}, 60000)"], RepoPaths.NodeTools, timeout: TimeSpan.FromMilliseconds(500)));
}
