namespace CoopAssistant.EndToEnd.Tests;

public class ProjectSmokeTests
{
    [Fact]
    public void Assembly_Loads() => Assert.NotNull(typeof(ProjectSmokeTests).Assembly);
}
