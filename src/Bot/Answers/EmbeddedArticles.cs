using System.Reflection;

namespace CoopAssistant.Bot.Answers;

/// <summary>Loads the knowledge articles embedded in this assembly (Answers/Articles/{language}/*.md).</summary>
internal static class EmbeddedArticles
{
    public const string ResourcePrefix = "CoopAssistant.Bot.Answers.Articles/";

    public static IReadOnlyList<SourceArticle> Load()
    {
        var assembly = typeof(EmbeddedArticles).Assembly;
        var articles = new List<SourceArticle>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            articles.Add(ArticleParser.Parse(Read(assembly, name), name));
        }

        return articles;
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded article '{name}' cannot be read.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
