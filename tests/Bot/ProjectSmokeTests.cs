namespace CoopAssistant.Bot.Tests;

public class ProjectSmokeTests
{
    [Fact]
    public void Assembly_Loads() => Assert.NotNull(typeof(ProjectSmokeTests).Assembly);
}
