using CoopAssistant.Graph.Files;

namespace CoopAssistant.Graph.Tests.Files;

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
    public async Task Recent_ListsTheLastModifiedFilesFirst_ThroughSearch_NotTheDeprecatedRecentApi()
    {
        await using var h = await GraphHarness.StartAsync();
        await h.SignInAsync();
        var older = h.Graph.AddFile("older.pdf");
        older.LastModified = new DateTimeOffset(2026, 10, 1, 8, 0, 0, TimeSpan.Zero);
        var newest = h.Graph.AddFile("newest.xlsx", site: "Finance");
        newest.LastModified = new DateTimeOffset(2026, 12, 3, 8, 0, 0, TimeSpan.Zero);
        var middle = h.Graph.AddFile("middle.docx");
        middle.LastModified = new DateTimeOffset(2026, 11, 2, 8, 0, 0, TimeSpan.Zero);

        var recent = await h.Get<IGraphFileFinder>().RecentAsync(h.User, 10, CancellationToken.None);

        // The strict fake answers /me/drive/recent with no data, as Graph does after November 2026: the files come from search.
        Assert.Equal([newest.Id, middle.Id, older.Id], recent.Select(f => f.Ref.ItemId));
        Assert.Equal(new DriveItemRef(newest.DriveId, newest.Id), recent[0].Ref);
        Assert.Equal("Finance", recent[0].SiteName);
        Assert.Equal(FileLocationKind.OneDrive, recent[1].LocationKind);
        Assert.Equal(0, h.Graph.Count("recent"));
        var search = Assert.Single(h.Graph.Requests, r => r.Kind == "search");
        Assert.Equal(200, search.Status);
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
