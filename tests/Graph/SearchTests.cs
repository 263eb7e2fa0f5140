using CoopAssistant.Graph.Files;

namespace CoopAssistant.Graph.Tests;

public sealed class SearchTests
{
    [Fact]
    public async Task Search_FindsFilesInOneDriveAndSharePointSites_WithLocationFolderSizeAndDate()
    {
        await using var h = await GraphHarness.StartAsync();
        await h.SignInAsync();
        var mine = h.Graph.AddFile("Invoice 2026-001.pdf", 12345, folder: "/Invoices/2026");
        var site = h.Graph.AddFile("Invoice vendor.pdf", 999, site: "Marketing", folder: "/Coop");
        h.Graph.AddFile("Unrelated.docx");

        var page = await h.Get<IGraphFileFinder>().SearchAsync(h.User, "invoice", 0, 10, CancellationToken.None);

        Assert.Equal(2, page.Items.Count);
        Assert.Equal(2, page.Total);
        Assert.False(page.MoreAvailable);
        var a = page.Items.Single(f => f.Ref.ItemId == mine.Id);
        Assert.Equal(new DriveItemRef(mine.DriveId, mine.Id), a.Ref);
        Assert.Equal(FileLocationKind.OneDrive, a.LocationKind);
        Assert.Null(a.SiteName);
        Assert.Equal("/Invoices/2026", a.FolderPath);
        Assert.Equal(12345, a.SizeBytes);
        Assert.Equal(mine.LastModified, a.LastModified);
        var b = page.Items.Single(f => f.Ref.ItemId == site.Id);
        Assert.Equal(FileLocationKind.SharePoint, b.LocationKind);
        Assert.Equal("Marketing", b.SiteName);
        Assert.Equal("/Coop", b.FolderPath);
        var call = Assert.Single(h.Graph.Requests, r => r.Kind == "search");
        Assert.Equal("Bearer " + h.Entra.IssuedAccessTokens[^1], call.Authorization);
    }

    [Fact]
    public async Task Search_IsPaged_WithFromAndSize()
    {
        await using var h = await GraphHarness.StartAsync();
        await h.SignInAsync();
        for (var i = 0; i < 7; i++)
        {
            h.Graph.AddFile($"POE {i}.png", mimeType: "image/png");
        }

        var finder = h.Get<IGraphFileFinder>();
        var first = await finder.SearchAsync(h.User, "POE", 0, 5, CancellationToken.None);
        var second = await finder.SearchAsync(h.User, "POE", first.From + first.Items.Count, 5, CancellationToken.None);

        Assert.Equal(5, first.Items.Count);
        Assert.True(first.MoreAvailable);
        Assert.Equal(2, second.Items.Count);
        Assert.False(second.MoreAvailable);
        Assert.Empty(first.Items.Select(f => f.Ref).Intersect(second.Items.Select(f => f.Ref)));
    }

    [Fact]
    public async Task Search_ThrottledWithRetryAfter_IsRetriedByTheSdkAndSucceeds()
    {
        await using var h = await GraphHarness.StartAsync();
        await h.SignInAsync();
        h.Graph.AddFile("Invoice.pdf");
        h.Graph.ThrottleNext("search", 1, 429, retryAfterSeconds: 1);

        var page = await h.Get<IGraphFileFinder>().SearchAsync(h.User, "invoice", 0, 10, CancellationToken.None);

        Assert.Single(page.Items);
        Assert.Equal([429, 200], h.Graph.Requests.Where(r => r.Kind == "search").Select(r => r.Status));
    }

    [Fact]
    public async Task Search_ServiceUnavailable_IsRetriedByTheSdkAndSucceeds()
    {
        await using var h = await GraphHarness.StartAsync();
        await h.SignInAsync();
        h.Graph.AddFile("Invoice.pdf");
        h.Graph.ThrottleNext("search", 2, 503, retryAfterSeconds: 0);

        var page = await h.Get<IGraphFileFinder>().SearchAsync(h.User, "invoice", 0, 10, CancellationToken.None);

        Assert.Single(page.Items);
        Assert.Equal([503, 503, 200], h.Graph.Requests.Where(r => r.Kind == "search").Select(r => r.Status));
    }

    [Fact]
    public async Task Recent_ListsRecentFilesWithTheirRemoteDriveReferences()
    {
        await using var h = await GraphHarness.StartAsync();
        await h.SignInAsync();
        var a = h.Graph.AddFile("a.pdf");
        var b = h.Graph.AddFile("b.xlsx", site: "Finance");

        var recent = await h.Get<IGraphFileFinder>().RecentAsync(h.User, 10, CancellationToken.None);

        Assert.Equal(2, recent.Count);
        Assert.Contains(recent, f => f.Ref == new DriveItemRef(a.DriveId, a.Id) && f.LocationKind == FileLocationKind.OneDrive);
        Assert.Contains(recent, f => f.Ref == new DriveItemRef(b.DriveId, b.Id) && f.SiteName == "Finance");
    }

    [Fact]
    public async Task Search_WithoutSignIn_ThrowsSignInRequired()
    {
        await using var h = await GraphHarness.StartAsync();

        await Assert.ThrowsAsync<Client.GraphSignInRequiredException>(() =>
            h.Get<IGraphFileFinder>().SearchAsync(h.User, "invoice", 0, 10, CancellationToken.None));
        Assert.Empty(h.Graph.Requests);
    }
}
