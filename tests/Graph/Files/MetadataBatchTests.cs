using CoopAssistant.Graph.Evidence;
using CoopAssistant.Graph.Files;

namespace CoopAssistant.Graph.Tests.Files;

public sealed class MetadataBatchTests
{
    [Fact]
    public async Task GetMetadata_For40Items_UsesTwoBatchCallsAndReturnsTheReference()
    {
        await using var h = await GraphHarness.StartAsync();
        await h.SignInAsync();
        var files = Enumerable.Range(0, 40).Select(i => h.Graph.AddFile($"Invoice {i}.pdf", 1000 + i)).ToList();
        h.Graph.ResetLog();

        var results = await h.Get<IGraphEvidenceService>().GetMetadataAsync(h.User, [.. files.Select(f => new DriveItemRef(f.DriveId, f.Id))], CancellationToken.None);

        Assert.Equal(40, results.Count);
        Assert.Equal(2, h.Graph.Count("batch"));
        Assert.Equal(2, h.Graph.WireCalls);
        Assert.Equal(40, h.Graph.Requests.Count(r => r.InBatch && r.Kind == "item"));
        for (var i = 0; i < 40; i++)
        {
            var m = results[i].Value;
            Assert.NotNull(m);
            Assert.True(results[i].IsOk);
            Assert.Equal(files[i].Id, m.Ref.ItemId);
            Assert.Equal(files[i].Name, m.Name);
            Assert.Equal(files[i].Size, m.SizeBytes);
            Assert.Equal("application/pdf", m.MimeType);
            Assert.Equal(files[i].ETag, m.ETag);
            Assert.Equal(files[i].QuickXorHash, m.QuickXorHash);
            Assert.Equal(new Uri(files[i].WebUrl), m.WebUrl);
        }
    }

    [Fact]
    public async Task GetMetadata_ForbiddenAndDeletedItems_AreNoAccessAndNotFound()
    {
        await using var h = await GraphHarness.StartAsync();
        await h.SignInAsync();
        var ok = h.Graph.AddFile("ok.pdf");
        var forbidden = h.Graph.AddFile("secret.pdf");
        var deleted = h.Graph.AddFile("gone.pdf");
        h.Graph.FailItem(forbidden.Id, 403);
        h.Graph.FailItem(deleted.Id, 404);

        var results = await h.Get<IGraphEvidenceService>().GetMetadataAsync(
            h.User, [new(ok.DriveId, ok.Id), new(forbidden.DriveId, forbidden.Id), new(deleted.DriveId, deleted.Id)], CancellationToken.None);

        Assert.True(results[0].IsOk);
        Assert.Equal(EvidenceErrorCode.NoAccess, results[1].Error);
        Assert.Equal(EvidenceErrorCode.NotFound, results[2].Error);
    }

    [Fact]
    public async Task GetMetadata_StepThrottledInsideTheBatch_IsSentAgainAfterRetryAfter()
    {
        await using var h = await GraphHarness.StartAsync();
        await h.SignInAsync();
        var a = h.Graph.AddFile("a.pdf");
        var b = h.Graph.AddFile("b.pdf");
        h.Graph.ThrottleItem(b.Id, 1, 429, retryAfterSeconds: 1);
        h.Graph.ResetLog();

        var results = await h.Get<IGraphEvidenceService>().GetMetadataAsync(h.User, [new(a.DriveId, a.Id), new(b.DriveId, b.Id)], CancellationToken.None);

        Assert.All(results, r => Assert.True(r.IsOk));
        Assert.Equal(2, h.Graph.Count("batch"));
        Assert.Equal([429, 200], h.Graph.Requests.Where(r => r.InBatch && r.Path.EndsWith(b.Id, StringComparison.Ordinal)).Select(r => r.Status));
    }

    [Fact]
    public async Task GetMetadata_BatchCallThrottledOrUnavailable_IsRetriedByTheSdkRetryHandler()
    {
        await using var h = await GraphHarness.StartAsync();
        await h.SignInAsync();
        var a = h.Graph.AddFile("a.pdf");
        h.Graph.ThrottleNext("batch", 1, 429, retryAfterSeconds: 1);
        h.Graph.ThrottleNext("batch", 1, 503, retryAfterSeconds: 0);
        h.Graph.ResetLog();

        var results = await h.Get<IGraphEvidenceService>().GetMetadataAsync(h.User, [new(a.DriveId, a.Id)], CancellationToken.None);

        Assert.True(Assert.Single(results).IsOk);
        Assert.Equal([429, 503, 200], h.Graph.Requests.Where(r => r.Kind == "batch").Select(r => r.Status));
    }

    [Fact]
    public async Task CheckSources_EditedDeletedRenamedMovedAndUntouchedFiles_OnlyContentChangesAndDeletionsCount()
    {
        await using var h = await GraphHarness.StartAsync();
        await h.SignInAsync();
        var same = h.Graph.AddFile("same.pdf");
        var edited = h.Graph.AddFile("edited.pdf");
        var deleted = h.Graph.AddFile("deleted.pdf");
        var renamed = h.Graph.AddFile("renamed.pdf");
        var hashOnly = h.Graph.AddFile("hash only.pdf");
        var files = new[] { same, edited, deleted, renamed, hashOnly };
        var recorded = files.Select(f => new RecordedSource(new DriveItemRef(f.DriveId, f.Id), f == hashOnly ? null : f.CTag, f.QuickXorHash)).ToList();
        var renamedETag = renamed.ETag;
        h.Graph.EditContent(edited.Id);
        h.Graph.FailItem(deleted.Id, 404);
        h.Graph.Rename(renamed.Id, "renamed (final).pdf");
        h.Graph.Rename(hashOnly.Id, "hash only, renamed.pdf");

        var checks = await h.Get<IGraphEvidenceService>().CheckSourcesAsync(h.User, recorded, CancellationToken.None);

        // A rename changes the eTag (the fake holds to that) but not the content: only the edit and the deletion are reported.
        Assert.NotEqual(renamedETag, renamed.ETag);
        Assert.Equal([SourceState.Unchanged, SourceState.Changed, SourceState.Deleted, SourceState.Unchanged, SourceState.Unchanged], checks.Select(c => c.State));
        Assert.Equal(edited.CTag, checks[1].CurrentCTag);
        Assert.Contains("cTag", Assert.Single(h.Graph.Requests, r => r.Kind == "item" && r.InBatch && r.Path.EndsWith(edited.Id, StringComparison.Ordinal)).Query, StringComparison.Ordinal);
    }
}
