using CoopAssistant.Bot.Tests.Localization;

namespace CoopAssistant.Bot.Tests.Tab;

/// <summary>The tab says what the chat card says where both show the same thing (src/Bot/Tab/TabStrings.resx beside
/// src/Bot/Localization/Strings.resx).</summary>
public sealed class TabTextsTests
{
    [Fact]
    public void AnAssumedRespondByDate_ReadsAsInTheChatCard_InBothLanguages()
    {
        var (tabEnglish, tabPortuguese) = ResourceWalkTests.Entries("TabStrings");
        var (chatEnglish, chatPortuguese) = ResourceWalkTests.Entries("Strings");

        Assert.Equal(chatEnglish["RespondByAssumed"], tabEnglish["RespondByAssumed"]);
        Assert.Equal(chatPortuguese["RespondByAssumed"], tabPortuguese["RespondByAssumed"]);
        Assert.Contains("presumido", tabPortuguese["RespondByAssumed"], StringComparison.Ordinal);
    }
}
