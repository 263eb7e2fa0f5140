using CoopAssistant.Graph.Evidence;
using CoopAssistant.Graph.Files;
using CoopAssistant.TestKit.Graph;

namespace CoopAssistant.Graph.Tests.Files;

public sealed class AttachTests
{
    [Fact]
    public async Task Attach_TwoFiles_RecordsTheirReferencesAndCopiesThemIntoTheClaimFolderInOneDrive()
    {
        await using var h = await GraphHarness.StartAsync();
        await h.SignInAsync();
        var invoice = h.Graph.AddFile("Invoice.pdf", 5000);
        var poe = h.Graph.AddFile("Event photo.png", 7000, site: "Marketing", mimeType: "image/png");
        var progress = new RecordingProgress();

        var results = await h.Get<IGraphEvidenceService>().AttachAsync(
            h.Target("C-42"), [new(invoice.DriveId, invoice.Id), new(poe.DriveId, poe.Id)], progress, CancellationToken.None);

        Assert.All(results, r => Assert.True(r.IsOk));
        var folder = h.Graph.FindByPath(FakeGraphServer.MyDriveId, "CoopAssistant/Claims/C-42");
        Assert.NotNull(folder);
        var copies = h.Graph.ChildrenOf(folder.Id).ToList();
        Assert.Equal(["Event photo.png", "Invoice.pdf"], copies.Select(c => c.Name).Order(StringComparer.Ordinal));
        var first = results[0];
        Assert.True(first.IsOk);
        Assert.Equal(invoice.ETag, first.Value.Metadata.ETag);
        Assert.Equal(invoice.QuickXorHash, first.Value.Metadata.QuickXorHash);
        Assert.Equal(new Uri(invoice.WebUrl), first.Value.Metadata.WebUrl);
        Assert.Equal(FakeGraphServer.MyDriveId, first.Value.Copy.DriveId);
        Assert.Equal(copies.Single(c => c.Name == "Invoice.pdf").Id, first.Value.Copy.ItemId);
        Assert.Equal(EvidenceStoreKind.Graph, first.Value.Copy.Kind);
        Assert.Equal(invoice.QuickXorHash, first.Value.Copy.QuickXorHash);
        Assert.Equal(2 * (h.Graph.CopyPollsBeforeDone + 1), h.Graph.Count("monitor"));
        Assert.Equal(2, progress.Reports.Count);
        Assert.Equal(2, progress.Reports.Max(p => p.Completed));
        Assert.All(progress.Reports, p => Assert.Equal(2, p.Total));
        Assert.All(h.Graph.Requests.Where(r => r.Kind == "monitor"), r => Assert.Null(r.Authorization));
        Assert.All(h.Graph.Requests.Where(r => r.Kind == "copy"), r => Assert.Equal("?@microsoft.graph.conflictBehavior=rename", r.Query));
        Assert.All(h.Graph.Requests.Where(r => r.Kind == "item"), r => Assert.Contains("$select=", r.Query, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Attach_ToAConfiguredSharePointLibrary_CreatesTheClaimFolderThere()
    {
        await using var h = await GraphHarness.StartAsync(s =>
        {
            s["Graph:EvidenceDriveId"] = "b!site-Coop";
            s["Graph:EvidenceFolder"] = "Evidence";
        });
        await h.SignInAsync();
        var file = h.Graph.AddFile("Invoice.pdf");

        var results = await h.Get<IGraphEvidenceService>().AttachAsync(h.Target("C-7"), [new(file.DriveId, file.Id)], null, CancellationToken.None);

        Assert.True(Assert.Single(results).IsOk);
        var folder = h.Graph.FindByPath("b!site-Coop", "Evidence/C-7");
        Assert.NotNull(folder);
        Assert.Single(h.Graph.ChildrenOf(folder.Id));
        Assert.Equal(0, h.Graph.Count("drive"));
    }

    [Fact]
    public async Task Attach_ACopyThatFails_KeepsTheReferenceAndReportsCopyFailed()
    {
        await using var h = await GraphHarness.StartAsync();
        await h.SignInAsync();
        var good = h.Graph.AddFile("good.pdf");
        var bad = h.Graph.AddFile("bad.pdf");
        h.Graph.FailCopyOf(bad.Id);

        var results = await h.Get<IGraphEvidenceService>().AttachAsync(h.Target(), [new(good.DriveId, good.Id), new(bad.DriveId, bad.Id)], null, CancellationToken.None);

        Assert.True(results[0].IsOk);
        Assert.Equal(EvidenceErrorCode.CopyFailed, results[1].Error?.Code);
        Assert.Equal(bad.ETag, results[1].Error!.Metadata!.ETag);
        Assert.Null(results[1].Value);
    }

    [Fact]
    public async Task Attach_ForbiddenDeletedDisallowedAndOversizeFiles_AreEachRefusedWithTheirOwnCodeAndNotCopied()
    {
        await using var h = await GraphHarness.StartAsync(s => s["Evidence:MaxFileBytes"] = "10000");
        await h.SignInAsync();
        var forbidden = h.Graph.AddFile("secret.pdf");
        var deleted = h.Graph.AddFile("gone.pdf");
        var exe = h.Graph.AddFile("setup.exe", mimeType: "application/octet-stream");
        var big = h.Graph.AddFile("huge.pdf", 20000);
        var empty = h.Graph.AddFile("empty.pdf", 0);
        h.Graph.FailItem(forbidden.Id, 403);
        h.Graph.FailItem(deleted.Id, 404);

        var results = await h.Get<IGraphEvidenceService>().AttachAsync(
            h.Target(), [.. new[] { forbidden, deleted, exe, big, empty }.Select(f => new DriveItemRef(f.DriveId, f.Id))], null, CancellationToken.None);

        Assert.Equal(
            [EvidenceErrorCode.NoAccess, EvidenceErrorCode.NotFound, EvidenceErrorCode.TypeNotAllowed, EvidenceErrorCode.TooLarge, EvidenceErrorCode.EmptyFile],
            results.Select(r => r.Error!.Code));
        Assert.Equal(0, h.Graph.Count("copy"));
    }

    [Fact]
    public async Task Attach_WithoutSignIn_IsSignInRequiredForEveryFile()
    {
        await using var h = await GraphHarness.StartAsync();
        var file = h.Graph.AddFile("Invoice.pdf");

        var results = await h.Get<IGraphEvidenceService>().AttachAsync(h.Target(), [new(file.DriveId, file.Id)], null, CancellationToken.None);

        Assert.Equal(EvidenceErrorCode.SignInRequired, Assert.Single(results).Error?.Code);
        Assert.Empty(h.Graph.Requests);
    }

    [Fact]
    public async Task Attach_SecondTimeForTheSameClaim_ReusesTheFolderAndRenamesOnConflict()
    {
        await using var h = await GraphHarness.StartAsync();
        await h.SignInAsync();
        var file = h.Graph.AddFile("Invoice.pdf");
        var service = h.Get<IGraphEvidenceService>();

        await service.AttachAsync(h.Target(), [new(file.DriveId, file.Id)], null, CancellationToken.None);
        var foldersCreated = h.Graph.Count("folder-create");
        await service.AttachAsync(h.Target(), [new(file.DriveId, file.Id)], null, CancellationToken.None);

        Assert.Equal(3, foldersCreated);
        Assert.Equal(3, h.Graph.Count("folder-create"));
        var folder = h.Graph.FindByPath(FakeGraphServer.MyDriveId, "CoopAssistant/Claims/claim-1")!;
        Assert.Equal(["Invoice 1.pdf", "Invoice.pdf"], h.Graph.ChildrenOf(folder.Id).Select(c => c.Name).Order(StringComparer.Ordinal));
    }
}
