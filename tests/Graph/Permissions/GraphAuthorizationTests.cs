using CoopAssistant.Graph.Files;
using CoopAssistant.TestKit.Graph;

namespace CoopAssistant.Graph.Tests.Permissions;

/// <summary>
/// Evidence through Graph against the fake Graph that authorizes every call by the token's <c>scp</c>, as Graph does: with the
/// registration's permissions (<c>Files.ReadWrite.All</c>) a file from SharePoint is copied into the evidence folder; with the
/// permissions the registration used to ask for (<c>Files.Read.All</c>, <c>Sites.Read.All</c>) every write is refused 403, and
/// with <c>Files.ReadWrite</c> alone nothing outside the user's own OneDrive can be read.
/// </summary>
public sealed class GraphAuthorizationTests
{
    [Fact]
    public async Task WithTheRegistrationsPermissions_AFileFromSharePointIsCopiedIntoTheEvidenceFolder()
    {
        await using var h = await GraphHarness.StartAsync();
        await h.SignInAsync();
        var file = h.Graph.AddFile("Invoice.pdf", site: "Marketing");

        var results = await h.Get<IGraphEvidenceService>().AttachAsync(h.Target("C-perm"), [new(file.DriveId, file.Id)], null, CancellationToken.None);

        Assert.True(Assert.Single(results).IsOk);
        Assert.DoesNotContain(h.Graph.Requests, r => r.Status is 401 or 403);
    }

    [Fact]
    public async Task WithTheOldRegistrationsReadOnlyPermissions_GraphRefusesTheCopy_AndTheFileIsNotAttached()
    {
        await using var h = await GraphHarness.StartAsync();
        h.Entra.AdminConsent.Clear();
        foreach (var permission in new[] { "Files.Read.All", "Sites.Read.All", "offline_access" })
        {
            h.Entra.AdminConsent.Add(permission);
        }

        await h.SignInAsync();
        var file = h.Graph.AddFile("Invoice.pdf", site: "Marketing");

        var results = await h.Get<IGraphEvidenceService>().AttachAsync(h.Target("C-old"), [new(file.DriveId, file.Id)], null, CancellationToken.None);

        Assert.False(Assert.Single(results).IsOk);
        Assert.Contains(h.Graph.Requests, r => r.Status == 403 && r.Method == "POST");
        Assert.DoesNotContain(h.Graph.Items, i => i.Name == "Invoice.pdf" && i.Id != file.Id);
    }

    [Fact]
    public async Task WithFilesReadWriteAlone_ASharePointFileCannotBeRead()
    {
        await using var h = await GraphHarness.StartAsync();
        h.Entra.AdminConsent.Remove("Files.ReadWrite.All");
        h.Entra.AdminConsent.Add("Files.ReadWrite");
        await h.SignInAsync();
        var file = h.Graph.AddFile("Invoice.pdf", site: "Marketing");

        var results = await h.Get<IGraphEvidenceService>().AttachAsync(h.Target("C-own"), [new(file.DriveId, file.Id)], null, CancellationToken.None);

        Assert.False(Assert.Single(results).IsOk);
        Assert.Contains(h.Graph.Requests, r => r.Status == 403 && r.Path.Contains(file.Id, StringComparison.Ordinal));
    }
}
