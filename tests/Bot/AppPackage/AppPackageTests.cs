using System.IO.Compression;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using CoopAssistant.Bot.Tests.Hosting;
using CoopAssistant.Bot.Conversation.Commands;
using CoopAssistant.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace CoopAssistant.Bot.Tests.AppPackage;

/// <summary>The Teams app package: built by its one command, valid against the official schemas, real icons, real commands, and the
/// Outlook add-in declared in the same manifest (unified manifest <c>extensions</c>), consistent with the XML add-in manifest.</summary>
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
            .Concat(localization.Where(p => p.Key.StartsWith("bots[0].commandLists[0].commands[", StringComparison.Ordinal) && p.Key.EndsWith(".title", StringComparison.Ordinal)).Select(p => (Text: p.Value!.GetValue<string>(), Locale: "pt-BR")))
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

    [Fact]
    public async Task Manifest_DeclaresTheOutlookAddIn_ItsTaskPaneRuntimeAndRibbonButton_ServedByTheHost()
    {
        var manifest = await ReadPackagedAsync("manifest.json");
        var extension = Assert.Single(manifest["extensions"]!.AsArray())!;
        var xml = XDocument.Load(RepoPaths.InRepo("manifest", "manifest.template.xml")).Root!;
        XNamespace office = "http://schemas.microsoft.com/office/appforoffice/1.1";

        // The same add-in as the XML manifest: mail scope, the same Mailbox requirement set, read-item permission.
        Assert.Equal(["mail"], Strings(extension["requirements"]!["scopes"]!));
        var mailbox = Assert.Single(extension["requirements"]!["capabilities"]!.AsArray())!;
        var xmlSet = xml.Descendants(office + "Set").Single();
        Assert.Equal((xmlSet.Attribute("Name")!.Value, xmlSet.Attribute("MinVersion")!.Value), (mailbox["name"]!.GetValue<string>(), mailbox["minVersion"]!.GetValue<string>()));
        Assert.Equal("ReadItem", xml.Element(office + "Permissions")!.Value);
        var permission = Assert.Single(manifest["authorization"]!["permissions"]!["resourceSpecific"]!.AsArray())!;
        Assert.Equal(("MailboxItem.Read.User", "Delegated"), (permission["name"]!.GetValue<string>(), permission["type"]!.GetValue<string>()));
        // Installing both hides the XML add-in (its <Id>) behind the unified one.
        Assert.Equal(xml.Element(office + "Id")!.Value, extension["alternates"]![0]!["hide"]!["customOfficeAddin"]!["officeAddinId"]!.GetValue<string>());

        var runtime = Assert.Single(extension["runtimes"]!.AsArray())!;
        Assert.Equal("https://localhost/addin/taskpane.html", runtime["code"]!["page"]!.GetValue<string>());
        var action = Assert.Single(runtime["actions"]!.AsArray())!;
        Assert.Equal("openPage", action["type"]!.GetValue<string>());
        var ribbon = Assert.Single(extension["ribbons"]!.AsArray())!;
        Assert.Equal(["mailRead"], Strings(ribbon["contexts"]!));
        var group = Assert.Single(Assert.Single(ribbon["tabs"]!.AsArray())!["groups"]!.AsArray())!;
        var button = Assert.Single(group["controls"]!.AsArray())!;
        Assert.Equal(action["id"]!.GetValue<string>(), button["actionId"]!.GetValue<string>());
        Assert.Contains("localhost", Strings(manifest["validDomains"]!));

        // Every URL the extension names is served by the host: the task pane page and each icon at its declared size.
        using var http = fixture.Host.CreateClient();
        var page = await http.GetAsync(LocalPath(runtime["code"]!["page"]!));
        Assert.True(page.IsSuccessStatusCode, $"{runtime["code"]!["page"]}: {(int)page.StatusCode}");
        Assert.Contains("taskpane.js", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var icons = group["icons"]!.AsArray().Concat(button["icons"]!.AsArray()).ToList();
        Assert.Equal([16, 32, 80, 16, 32, 80], icons.Select(i => i!["size"]!.GetValue<int>()));
        foreach (var icon in icons)
        {
            using var response = await http.GetAsync(LocalPath(icon!["url"]!));
            Assert.True(response.IsSuccessStatusCode, $"{icon["url"]}: {(int)response.StatusCode}");
            var png = PngImage.Read(await response.Content.ReadAsByteArrayAsync());
            Assert.Equal((icon["size"]!.GetValue<int>(), icon["size"]!.GetValue<int>()), (png.Width, png.Height));
        }
    }

    [Fact]
    public async Task Localization_TranslatesTheAddInButton_AndEveryLocalizedKeyNamesAStringOfTheManifest()
    {
        var manifest = await ReadPackagedAsync("manifest.json");
        var localization = (await ReadPackagedAsync("pt-br.json")).AsObject();
        foreach (var (key, value) in localization.Where(p => p.Key != "$schema"))
        {
            var english = Resolve(manifest, key);
            Assert.True(english is JsonValue, $"pt-br.json '{key}' names nothing in manifest.json");
            Assert.False(string.IsNullOrWhiteSpace(value!.GetValue<string>()), key);
        }

        const string Button = "extensions[0].ribbons[0].tabs[0].groups[0].controls[0]";
        foreach (var key in new[] { $"{Button}.label", $"{Button}.supertip.title", $"{Button}.supertip.description" })
        {
            var portuguese = localization[key]?.GetValue<string>();
            Assert.NotNull(portuguese);
            Assert.NotEqual(Resolve(manifest, key)!.GetValue<string>(), portuguese);
            Assert.Contains("reivindicação", portuguese, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains("solicitação de documentação", localization[$"{Button}.supertip.description"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Manifest_AddsTheBotToTeamsAndGroupChats_WithTheFindAClaimSearch_AndLinkUnfurlingOnTheHostDomain()
    {
        var manifest = await ReadPackagedAsync("manifest.json");
        var localization = (await ReadPackagedAsync("pt-br.json")).AsObject();
        var bot = manifest["bots"]![0]!;
        Assert.Equal(["personal", "team", "groupChat"], Strings(bot["scopes"]!));
        var shared = bot["commandLists"]![1]!;
        Assert.Equal(["team", "groupChat"], Strings(shared["scopes"]!));
        Assert.Equal(["status", "digest here", "help"], shared["commands"]!.AsArray().Select(c => c!["title"]!.GetValue<string>()));

        var extension = Assert.Single(manifest["composeExtensions"]!.AsArray())!;
        Assert.Equal(bot["botId"]!.GetValue<string>(), extension["botId"]!.GetValue<string>());
        var command = Assert.Single(extension["commands"]!.AsArray())!;
        Assert.Equal(("findClaim", "query"), (command["id"]!.GetValue<string>(), command["type"]!.GetValue<string>()));
        Assert.True(command["initialRun"]!.GetValue<bool>());
        Assert.Equal("query", Assert.Single(command["parameters"]!.AsArray())!["name"]!.GetValue<string>());
        var handler = Assert.Single(extension["messageHandlers"]!.AsArray())!;
        Assert.Equal("link", handler["type"]!.GetValue<string>());
        Assert.Equal(["localhost"], Strings(handler["value"]!["domains"]!));

        // Every new user-facing string has its pt-BR text.
        foreach (var key in new[] { "composeExtensions[0].commands[0].title", "composeExtensions[0].commands[0].description", "composeExtensions[0].commands[0].parameters[0].title", "bots[0].commandLists[1].commands[0].description", "bots[0].commandLists[1].commands[1].title", "bots[0].commandLists[1].commands[2].title" })
        {
            Assert.True(localization[key] is JsonValue, $"pt-br.json has no '{key}'");
            Assert.True(Resolve(manifest, key) is JsonValue, $"manifest.json has no '{key}'");
        }

        Assert.Equal("Encontrar uma reivindicação", localization["composeExtensions[0].commands[0].title"]!.GetValue<string>());
    }

    [Fact]
    public async Task SchemaValidation_RejectsASearchCommandOfAnUnknownType()
    {
        var folder = Directory.CreateTempSubdirectory("coop-manifest-bad-").FullName;
        var manifest = await ReadPackagedAsync("manifest.json");
        manifest["composeExtensions"]![0]!["commands"]![0]!["type"] = "lookup";
        var path = Path.Combine(folder, "manifest.json");
        await File.WriteAllTextAsync(path, manifest.ToJsonString());

        await NodeTools.EnsureInstalledAsync();
        var result = await NodeTools.RunScriptAsync("validate-teams-manifest.js", arguments: [path]);

        Assert.True(result.ExitCode == 0, result.StandardError);
        var errors = JsonNode.Parse(result.StandardOutput)!["manifest"]!.AsArray().Select(e => e!.ToJsonString()).ToList();
        Assert.Contains(errors, e => e.Contains("commands", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SchemaValidation_RejectsAnAddInRuntimeWithoutItsPage()
    {
        var folder = Directory.CreateTempSubdirectory("coop-manifest-bad-").FullName;
        var manifest = await ReadPackagedAsync("manifest.json");
        manifest["extensions"]![0]!["runtimes"]![0]!["code"]!.AsObject().Remove("page");
        var path = Path.Combine(folder, "manifest.json");
        await File.WriteAllTextAsync(path, manifest.ToJsonString());

        await NodeTools.EnsureInstalledAsync();
        var result = await NodeTools.RunScriptAsync("validate-teams-manifest.js", arguments: [path]);

        Assert.True(result.ExitCode == 0, result.StandardError);
        var errors = JsonNode.Parse(result.StandardOutput)!["manifest"]!.AsArray().Select(e => e!.ToJsonString()).ToList();
        Assert.Contains(errors, e => e.Contains("page", StringComparison.Ordinal));
    }

    private static async Task<JsonNode> ReadPackagedAsync(string name)
    {
        using var zip = ZipFile.OpenRead(await Package.Value);
        return JsonNode.Parse(Read(zip, name))!;
    }

    /// <summary>A localization key (<c>a.b[0].c</c>) resolved in the manifest, or null.</summary>
    private static JsonNode? Resolve(JsonNode root, string key)
    {
        JsonNode? node = root;
        foreach (var part in key.Split('.'))
        {
            var bracket = part.IndexOf('[', StringComparison.Ordinal);
            node = node?[bracket < 0 ? part : part[..bracket]];
            if (bracket >= 0)
            {
                var index = int.Parse(part[(bracket + 1)..^1], System.Globalization.CultureInfo.InvariantCulture);
                node = node is JsonArray array && index < array.Count ? array[index] : null;
            }
        }

        return node;
    }

    private static string LocalPath(JsonNode url) => new Uri(url.GetValue<string>()).PathAndQuery;

    private static string[] Strings(JsonNode array) => [.. array.AsArray().Select(s => s!.GetValue<string>())];

    private static async Task<string> BuildPackageAsync()
    {
        var result = await ProcessRunner.RunAsync(NodeTools.Node, [RepoPaths.InRepo("appPackage", "package.js"), "playground"], RepoPaths.Root, timeout: TimeSpan.FromMinutes(1));
        Assert.True(result.ExitCode == 0, result.StandardError + result.StandardOutput);
        return RepoPaths.InRepo("appPackage", "build", "appPackage.playground.zip");
    }

    private static string Read(ZipArchive zip, string name)
    {
        using var reader = new StreamReader(zip.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }
}
