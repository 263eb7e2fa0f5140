using System.Globalization;

namespace CoopAssistant.Bot.Answers;

/// <summary>The languages the knowledge base is written in.</summary>
internal enum KnowledgeLanguage
{
    English,
    Portuguese,
}

internal static class KnowledgeLanguageExtensions
{
    private static readonly CultureInfo EnUs = CultureInfo.GetCultureInfo("en-US");
    private static readonly CultureInfo PtBr = CultureInfo.GetCultureInfo("pt-BR");

    public static CultureInfo Culture(this KnowledgeLanguage language) =>
        language == KnowledgeLanguage.Portuguese ? PtBr : EnUs;

    public static KnowledgeLanguage FromCulture(CultureInfo? culture) =>
        culture is not null && string.Equals(culture.TwoLetterISOLanguageName, "pt", StringComparison.OrdinalIgnoreCase)
            ? KnowledgeLanguage.Portuguese
            : KnowledgeLanguage.English;

    public static KnowledgeLanguage FromTag(string tag) =>
        tag.StartsWith("pt", StringComparison.OrdinalIgnoreCase) ? KnowledgeLanguage.Portuguese : KnowledgeLanguage.English;
}
