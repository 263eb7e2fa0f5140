using System.IO.Compression;
using System.Text.Json.Nodes;
using CoopAssistant.Bot.Tests.Hosting;
using CoopAssistant.Bot.Conversation.Commands;
using CoopAssistant.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace CoopAssistant.Bot.Tests.AppPackage;

/// <summary>The Teams app package: built by its one command, valid against the official schemas, real icons, real commands.</summary>
public sealed class AppPackageTests(LocalHostFixture fixture) : IClassFixture<LocalHostFixture>
{
    private static readonly Lazy<Task<string>> Package = new(BuildPackageAsync);

    [Fact]
    public async Task Package_ContainsExactlyTheManifestTheLocalizationAndTwoIcons()
    {
        using var zip = ZipFile.OpenRead(await Package.Value);

        Assert.Equal(["color.png", "manifest.json", "outline.png", "pt-br.json"], zip.Entries.Select(e => e.FullName).Order());
        Assert.DoesNotContain("${{", Read(zip, "manifest.json"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ManifestAndLocalization_ValidateAgainstTheOfficialSchemas()
    {
        var folder = Directory.CreateTempSubdirectory("coop-manifest-").FullName;
        using (var zip = ZipFile.OpenRead(await Package.Value))
        {
            zip.ExtractToDirectory(folder);
        }

        await NodeTools.EnsureInstalledAsync();
        var result = await NodeTools.RunScriptAsync("validate-teams-manifest.js", arguments: [Path.Combine(folder, "manifest.json"), Path.Combine(folder, "pt-br.json")]);

        Assert.True(result.ExitCode == 0, result.StandardError);
        var errors = JsonNode.Parse(result.StandardOutput)!;
        Assert.Empty(errors["manifest"]!.AsArray());
        Assert.Empty(errors["localizations"]!["pt-br.json"]!.AsArray());
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "manifest.json")))!;
        Assert.Equal("1.30", manifest["manifestVersion"]!.GetValue<string>());
        Assert.True(manifest["bots"]![0]!["supportsFiles"]!.GetValue<bool>());
        // One app registration for the bot, the tab and the add-in: application ID URI api://{domain}/botid-{bot id}.
        Assert.Equal(manifest["bots"]![0]!["botId"]!.GetValue<string>(), manifest["webApplicationInfo"]!["id"]!.GetValue<string>());
        Assert.Equal($"api://localhost/botid-{manifest["bots"]![0]!["botId"]}", manifest["webApplicationInfo"]!["resource"]!.GetValue<string>());
        var dashboard = manifest["staticTabs"]![0]!;
        Assert.Equal("https://localhost/tab/?host=teams&lang={locale}", dashboard["contentUrl"]!.GetValue<string>());
        Assert.Equal(["personal"], dashboard["scopes"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.Equal("conversations", manifest["staticTabs"]![1]!["entityId"]!.GetValue<string>());
    }

    [Fact]
    public void ColorIcon_Is192Square_AndOutlineIs32WhiteOnTransparent()
    {
        var color = PngImage.Read(File.ReadAllBytes(RepoPaths.InRepo("appPackage", "color.png")));
        var outline = PngImage.Read(File.ReadAllBytes(RepoPaths.InRepo("appPackage", "outline.png")));

        Assert.Equal((192, 192), (color.Width, color.Height));
        Assert.Equal((32, 32), (outline.Width, outline.Height));
        Assert.Equal(6, outline.ColorType);
        Assert.Equal(0, outline.Pixel(0, 0).A);
        var visible = 0;
        for (var y = 0; y < 32; y++)
        {
            for (var x = 0; x < 32; x++)
            {
                var (r, g, b, a) = outline.Pixel(x, y);
                if (a > 0)
                {
                    visible++;
                    Assert.True(r == 255 && g == 255 && b == 255, $"outline pixel ({x},{y}) is not white");
                }
            }
        }

        Assert.InRange(visible, 60, 800);
        Assert.Equal(255, color.Pixel(96, 40).A);
    }

    [Fact]
    public async Task EveryCommandInTheCommandLists_IsUnderstoodByTheBot()
    {
        var manifest = JsonNode.Parse(File.ReadAllText(RepoPaths.InRepo("appPackage", "manifest.json")))!;
        var localization = JsonNode.Parse(File.ReadAllText(RepoPaths.InRepo("appPackage", "pt-br.json")))!.AsObject();
        var commands = manifest["bots"]![0]!["commandLists"]![0]!["commands"]!.AsArray()
            .Select(c => (Text: c!["title"]!.GetValue<string>(), Locale: "en-US"))
            .Concat(localization.Where(p => p.Key.EndsWith(".title", StringComparison.Ordinal)).Select(p => (Text: p.Value!.GetValue<string>(), Locale: "pt-BR")))
            .ToList();

        Assert.Equal(12, commands.Count);
        var dispatcher = fixture.Host.Services.GetRequiredService<CommandDispatcher>();
        foreach (var (text, locale) in commands)
        {
            Assert.True(dispatcher.FindByText(text) is not null, $"'{text}' ({locale}) is in the command list but is no command of the bot");
            var before = fixture.Channel.Received.Count;
            using var response = await fixture.Host.PostActivityAsync(Activities.Message(fixture.Channel.ServiceUrl, text, locale));
            var received = await fixture.Channel.WaitForAsync(r => r.Count > before);
            var reply = string.Concat(received.Skip(before).SelectMany(r => r.Cards).Select(c => c.ToJsonString()));
            Assert.False(reply.Contains("I did not understand", StringComparison.Ordinal) || reply.Contains("N\\u00E3o entendi", StringComparison.Ordinal) || reply.Contains("answer.feedback", StringComparison.Ordinal),
                $"the bot did not understand the command list entry '{text}' ({locale})");
        }
    }

    private static async Task<string> BuildPackageAsync()
    {
        var result = await ProcessRunner.RunAsync(NodeTools.Node, [RepoPaths.InRepo("appPackage", "package.js"), "local"], RepoPaths.Root, timeout: TimeSpan.FromMinutes(1));
        Assert.True(result.ExitCode == 0, result.StandardError + result.StandardOutput);
        return RepoPaths.InRepo("appPackage", "build", "appPackage.local.zip");
    }

    private static string Read(ZipArchive zip, string name)
    {
        using var reader = new StreamReader(zip.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }
}
