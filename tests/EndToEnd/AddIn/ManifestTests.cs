using System.Buffers.Binary;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using CoopAssistant.TestKit;

namespace CoopAssistant.EndToEnd.Tests.AddIn;

/// <summary>The add-in manifest, filled by its documented build step for the running host: it validates against the Office add-in
/// XSDs offline, and the task pane and every icon it names resolve on the host.</summary>
public sealed class ManifestTests(AddInHostFixture fixture) : IClassFixture<AddInHostFixture>
{
    private const string ClientId = "99999999-8888-7777-6666-555555555555";
    private static readonly XNamespace Office = "http://schemas.microsoft.com/office/appforoffice/1.1";
    private static readonly XNamespace BasicTypes = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
    private static readonly XNamespace Overrides11 = "http://schemas.microsoft.com/office/mailappversionoverrides/1.1";

    [Fact]
    public async Task Manifest_BuiltForTheHost_ValidatesAgainstTheOfficeSchemas()
    {
        var manifest = await BuildAsync();
        var errors = Validate(manifest);
        Assert.Empty(errors);
        var document = XDocument.Load(manifest);
        var root = document.Root!;
        Assert.Equal("MailApp", root.Attribute(XName.Get("type", "http://www.w3.org/2001/XMLSchema-instance"))!.Value);
        Assert.DoesNotContain("{{", File.ReadAllText(manifest), StringComparison.Ordinal);
        var set = root.Descendants(Office + "Set").Single();
        Assert.Equal(("Mailbox", "1.8"), (set.Attribute("Name")!.Value, set.Attribute("MinVersion")!.Value));
        var sso = root.Descendants(Overrides11 + "WebApplicationInfo").Single();
        Assert.Equal(ClientId, sso.Element(Overrides11 + "Id")!.Value);
        Assert.Contains(sso.Descendants(Overrides11 + "Scope"), s => s.Value == "access_as_user");
        Assert.Single(root.Descendants(), e => e.Attribute(XName.Get("type", "http://www.w3.org/2001/XMLSchema-instance"))?.Value == "ShowTaskpane");
    }

    [Fact]
    public async Task Manifest_WithABadPermission_IsRejectedBySchemaValidation()
    {
        var manifest = await BuildAsync();
        var broken = Path.Combine(Path.GetDirectoryName(manifest)!, "broken.xml");
        File.WriteAllText(broken, File.ReadAllText(manifest).Replace("<Permissions>ReadItem</Permissions>", "<Permissions>Everything</Permissions>", StringComparison.Ordinal));
        Assert.NotEmpty(Validate(broken));
    }

    [Fact]
    public async Task Manifest_TaskPaneAndIconUrls_ResolveOnTheRunningHost()
    {
        var document = XDocument.Load(await BuildAsync());
        var root = document.Root!;
        var pane = root.Descendants(BasicTypes + "Url").Single(u => u.Attribute("id")!.Value == "Taskpane.Url").Attribute("DefaultValue")!.Value;
        var source = root.Descendants(Office + "SourceLocation").Single().Attribute("DefaultValue")!.Value;
        foreach (var url in new[] { pane, source })
        {
            using var response = await fixture.Http.GetAsync(new Uri(url));
            Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode}");
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("taskpane.js", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var icons = root.Descendants(BasicTypes + "Image")
            .Where(i => i.Attribute("DefaultValue") is not null)
            .Select(i => (Url: i.Attribute("DefaultValue")!.Value, Size: int.Parse(i.Attribute("id")!.Value.Split('.')[1])))
            .Append((root.Element(Office + "IconUrl")!.Attribute("DefaultValue")!.Value, 64))
            .Append((root.Element(Office + "HighResolutionIconUrl")!.Attribute("DefaultValue")!.Value, 128))
            .ToList();
        Assert.Equal(5, icons.Count);
        foreach (var (url, size) in icons)
        {
            Assert.StartsWith(fixture.Host.BaseAddress.ToString().TrimEnd('/'), url, StringComparison.Ordinal);
            using var response = await fixture.Http.GetAsync(new Uri(url));
            Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode}");
            Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
            var png = await response.Content.ReadAsByteArrayAsync();
            Assert.Equal((size, size), (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20))));
        }
    }

    /// <summary>Runs the documented step: <c>node manifest/build-manifest.js -host … -client-id … -out …</c>.</summary>
    private async Task<string> BuildAsync()
    {
        var output = Path.Combine(Directory.CreateTempSubdirectory("coop-manifest-").FullName, "manifest.xml");
        var result = await ProcessRunner.RunAsync(
            NodeTools.Node,
            [RepoPaths.InRepo("manifest", "build-manifest.js"), "-host", fixture.Host.BaseAddress.ToString().TrimEnd('/'), "-client-id", ClientId, "-out", output],
            RepoPaths.Root,
            timeout: TimeSpan.FromMinutes(1));
        Assert.True(result.Succeeded, result.ToString());
        return output;
    }

    private static List<string> Validate(string manifest)
    {
        var schemas = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
        schemas.Add(null, RepoPaths.OfficeAddInSchema);
        schemas.Compile();
        var errors = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = schemas, DtdProcessing = DtdProcessing.Prohibit };
        settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
        settings.ValidationEventHandler += (_, e) => errors.Add($"{e.Severity} line {e.Exception?.LineNumber}: {e.Message}");
        using var reader = XmlReader.Create(manifest, settings);
        while (reader.Read())
        {
        }

        return errors;
    }
}
