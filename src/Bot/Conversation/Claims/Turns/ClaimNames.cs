using System.Globalization;
using CoopAssistant.Bot.Localization;
using CoopAssistant.Claims.Model;

namespace CoopAssistant.Bot.Conversation.Claims.Turns;

/// <summary>Localised names the claims domain does not carry (programs).</summary>
public static class ClaimNames
{
    public static string Program(ClaimProgram program, CultureInfo culture) => BotText.For(culture)[program switch
    {
        ClaimProgram.OnlineServicesAdvisor => nameof(Strings.ProgramOnlineServicesAdvisor),
        ClaimProgram.DynamicsIsv => nameof(Strings.ProgramDynamicsIsv),
        _ => nameof(Strings.ProgramPartnerCoop),
    }];
}
