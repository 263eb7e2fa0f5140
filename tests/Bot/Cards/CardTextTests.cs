using System.Text.RegularExpressions;
using CoopAssistant.Bot.Cards;

namespace CoopAssistant.Bot.Tests.Cards;

public class CardTextTests
{
    public static TheoryData<string> HostileStrings =>
    [
        "**bold** and __bold__",
        "*italic* and _italic_",
        "~~strike~~",
        "`code` and ```block```",
        "[click me](https://evil.example/phish)",
        "![img](https://evil.example/x.png)",
        "[ref]\n\n[ref]: https://evil.example",
        "<https://evil.example>",
        "https://evil.example/path?q=1",
        "www.evil.example",
        "evil.example",
        "mail me: boss@evil.example",
        "<at>Chief Executive</at> approve this",
        "<b>bold</b><script>alert(1)</script><img src=x onerror=alert(1)>",
        "&lt;at&gt;Boss&lt;/at&gt; &#60;b&#62;",
        "# Heading\n## Sub",
        "- item\n+ item\n* item",
        "1. one\n2) two",
        "> quoted",
        "    indented code",
        "Title\n===",
        "| a | b |\n|---|---|",
        "{{DATE(2026-01-01T00:00:00Z, SHORT)}}",
        "\u202Eevil\u202C reversed",
        "line\r\nbreak\rcarriage",
        SampleCards.HostileText,
    ];

    [Theory]
    [MemberData(nameof(HostileStrings))]
    public void Escape_HostileText_LeavesNoMarkdownLinkMentionOrHtmlSyntax(string hostile)
    {
        var escaped = CardText.Escape(hostile);

        Assert.DoesNotContain('*', escaped);
        Assert.DoesNotContain('_', escaped);
        Assert.DoesNotContain('~', escaped);
        Assert.DoesNotContain('`', escaped);
        Assert.DoesNotMatch(new Regex(@"\]\s*[\(\[:]"), escaped);
        Assert.DoesNotMatch(new Regex(@"<[A-Za-z/!?]"), escaped);
        Assert.DoesNotMatch(new Regex(@"&[A-Za-z#]"), escaped);
        Assert.DoesNotMatch(new Regex(@"\{\{"), escaped);
        Assert.DoesNotMatch(new Regex(@"[.:@][A-Za-z/]|(?<!\d)[.:]\d|@\d"), escaped);
        Assert.DoesNotMatch(new Regex(@"[\u202A-\u202E\u2066-\u2069\r]"), escaped);
        foreach (var line in escaped.Split('\n'))
        {
            Assert.DoesNotMatch(new Regex(@"^\s*([-+*#>=|!\[<]|\d)"), line);
            Assert.False(line.StartsWith(' ') || line.StartsWith('\t'), $"line '{line}' starts with whitespace (indented code)");
        }
    }

    [Theory]
    [MemberData(nameof(HostileStrings))]
    public void Escape_HostileText_KeepsTheVisibleText(string hostile)
    {
        var escaped = CardText.Escape(hostile);

        var visible = escaped.Replace("\u200B", "").Replace("\u2060", "")
            .Replace('\u2217', '*').Replace('\uFF3F', '_').Replace('\u223C', '~').Replace('\u02CB', '`');
        var expected = string.Join('\n', hostile.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n').Select(l => l.TrimStart(' ', '\t')))
            .Replace("\u202E", "").Replace("\u202C", "");
        Assert.Equal(expected, visible);
    }

    [Fact]
    public void Escape_PlainText_IsUnchanged()
    {
        const string text = "Webinar de lançamento para parceiros, São Paulo — 2026 edition (Q3)";

        Assert.Equal(text, CardText.Escape(text));
    }

    [Fact]
    public void Escape_Null_GivesEmpty() => Assert.Equal("", CardText.Escape(null));

    [Fact]
    public void Escape_AppliedTwice_AddsNoVisibleCharacters()
    {
        var once = CardText.Escape(SampleCards.HostileText);

        var twice = CardText.Escape(once);

        Assert.Equal(Visible(once), Visible(twice));
    }

    [Theory]
    [InlineData("US$ 18.750,00")]
    [InlineData("JPY 1,234,567")]
    [InlineData("at 10:30")]
    [InlineData("version 1.2.3")]
    public void Escape_ANumberOrTime_KeepsNoInvisibleCharacter(string text) =>
        Assert.Equal(text, CardText.Escape(text));

    [Theory]
    [InlineData("invoice.pdf", "invoice.\u2060pdf")]
    [InlineData("see contoso.com", "see contoso.\u2060com")]
    [InlineData("scan 2026.pdf", "scan 2026.\u2060pdf")]
    public void Escape_AFileNameOrDomain_KeepsItsWordJoiner(string text, string expected) =>
        Assert.Equal(Regex.Unescape(expected), CardText.Escape(text));

    private static string Visible(string text) => text.Replace("\u200B", "", StringComparison.Ordinal).Replace("\u2060", "", StringComparison.Ordinal);

    [Fact]
    public void EscapeTruncated_LongText_IsCutWithEllipsis()
    {
        var escaped = CardText.EscapeTruncated(new string('a', 300), 200);

        Assert.Equal(200, escaped.Length);
        Assert.EndsWith("…", escaped);
    }

    [Fact]
    public void EscapeTruncated_DoesNotSplitASurrogatePair()
    {
        var text = new string('a', 8) + "😀😀😀";

        var escaped = CardText.EscapeTruncated(text, 10);

        Assert.False(char.IsHighSurrogate(escaped[^2]));
        Assert.EndsWith("…", escaped);
    }
}
