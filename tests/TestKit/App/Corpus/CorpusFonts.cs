using PdfSharp.Fonts;

namespace CoopAssistant.TestKit.App.Corpus;

/// <summary>PDFsharp's fonts for the corpus: Debian's DejaVu and Liberation TrueType files (fonts-dejavu-core,
/// fonts-liberation; ./test.sh installs them). PDFsharp embeds the subset it uses, as real invoice writers do.</summary>
public sealed class CorpusFonts : IFontResolver
{
    public const string Sans = "DejaVu Sans";
    public const string Serif = "DejaVu Serif";
    public const string Mono = "DejaVu Sans Mono";
    public const string LiberationSans = "Liberation Sans";
    public const string LiberationSerif = "Liberation Serif";

    private static readonly Lock Gate = new();
    private static bool installed;

    private static readonly Dictionary<string, string> Files = new(StringComparer.OrdinalIgnoreCase)
    {
        [Sans] = "dejavu/DejaVuSans.ttf",
        [Sans + "|b"] = "dejavu/DejaVuSans-Bold.ttf",
        [Serif] = "dejavu/DejaVuSerif.ttf",
        [Serif + "|b"] = "dejavu/DejaVuSerif-Bold.ttf",
        [Mono] = "dejavu/DejaVuSansMono.ttf",
        [Mono + "|b"] = "dejavu/DejaVuSansMono-Bold.ttf",
        [LiberationSans] = "liberation/LiberationSans-Regular.ttf",
        [LiberationSans + "|b"] = "liberation/LiberationSans-Bold.ttf",
        [LiberationSerif] = "liberation/LiberationSerif-Regular.ttf",
        [LiberationSerif + "|b"] = "liberation/LiberationSerif-Bold.ttf",
    };

    /// <summary>Installs the resolver once per process (PDFsharp allows one).</summary>
    public static void Install()
    {
        lock (Gate)
        {
            if (!installed)
            {
                GlobalFontSettings.FontResolver = new CorpusFonts();
                installed = true;
            }
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        var key = bold && Files.ContainsKey(familyName + "|b") ? familyName + "|b" : familyName;
        return Files.ContainsKey(key) ? new FontResolverInfo(key) : new FontResolverInfo(Sans);
    }

    public byte[]? GetFont(string faceName)
    {
        var path = Path.Combine("/usr/share/fonts/truetype", Files[faceName]);
        return File.Exists(path)
            ? File.ReadAllBytes(path)
            : throw new FileNotFoundException($"The corpus needs the font file {path}: install the Debian packages fonts-dejavu-core and fonts-liberation.", path);
    }
}
