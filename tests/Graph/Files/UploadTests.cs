using System.Security.Cryptography;
using CoopAssistant.Graph.Evidence;
using CoopAssistant.Graph.Files;
using CoopAssistant.TestKit.Graph;

namespace CoopAssistant.Graph.Tests.Files;

public sealed class UploadTests
{
    internal static byte[] Bytes(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    [Fact]
    public async Task Store_SmallFile_IsPutIntoTheClaimFolderWithItsHash()
    {
        await using var h = await GraphHarness.StartAsync();
        await h.SignInAsync();
        var content = Bytes(50_000, 1);
        using var stream = new MemoryStream(content);

        var result = await h.Get<GraphEvidenceStore>().StoreAsync(new EvidenceUpload(h.Target(), "Vendor invoice.pdf", "application/pdf", stream), null, CancellationToken.None);

        var kept = Assert.IsType<StoredEvidence>(result.Value);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(content)), kept.Sha256);
        Assert.Equal(content.Length, kept.SizeBytes);
        var stored = h.Graph.Items.Single(i => i.Id == kept.ItemId);
        Assert.Equal(content, stored.Content);
        Assert.Equal("Vendor invoice.pdf", stored.Name);
        Assert.Equal(h.Graph.FindByPath(FakeGraphServer.MyDriveId, "CoopAssistant/Claims/claim-1")!.Id, stored.ParentId);
        Assert.Equal(1, h.Graph.Count("upload-put"));
        Assert.Equal(0, h.Graph.Count("upload-session"));
    }

    [Fact]
    public async Task Store_LargeFile_GoesThroughAnUploadSessionInSlices()
    {
        await using var h = await GraphHarness.StartAsync(s => s["Graph:UploadSliceBytes"] = (2 * 320 * 1024).ToString());
        await h.SignInAsync();
        var content = Bytes((5 * 1024 * 1024) + 123, 2);
        using var stream = new MemoryStream(content);
        var progress = new RecordingProgress();

        var result = await h.Get<GraphEvidenceStore>().StoreAsync(new EvidenceUpload(h.Target(), "Recording.zip", "application/zip", stream), progress, CancellationToken.None);

        var kept = Assert.IsType<StoredEvidence>(result.Value);
        Assert.Equal(content, h.Graph.Items.Single(i => i.Id == kept.ItemId).Content);
        Assert.Equal(1, h.Graph.Count("upload-session"));
        Assert.Equal((int)Math.Ceiling(content.Length / (2.0 * 320 * 1024)), h.Graph.Count("upload-chunk"));
        Assert.Equal(0, h.Graph.Count("upload-put"));
        Assert.Contains(progress.Reports, p => p.Completed == 1 && p.Total == 1);
    }

    [Fact]
    public async Task Store_DisallowedOrEmpty_IsRefusedBeforeAnythingIsSentToGraph()
    {
        await using var h = await GraphHarness.StartAsync();
        await h.SignInAsync();
        h.Graph.ResetLog();
        var store = h.Get<GraphEvidenceStore>();

        var exe = await store.StoreAsync(new EvidenceUpload(h.Target(), "tool.exe", null, new MemoryStream(Bytes(10, 3))), null, CancellationToken.None);
        var empty = await store.StoreAsync(new EvidenceUpload(h.Target(), "empty.pdf", null, new MemoryStream()), null, CancellationToken.None);

        Assert.Equal(EvidenceErrorCode.TypeNotAllowed, Assert.IsType<EvidenceRefusal>(exe.Error).Code);
        Assert.Equal(EvidenceErrorCode.EmptyFile, Assert.IsType<EvidenceRefusal>(empty.Error).Code);
        Assert.Empty(h.Graph.Requests);
    }

    [Fact]
    public async Task Move_AKeptCopyFromTheIncomingFolder_IntoItsClaimFolder_KeepsTheItemAndItsContentTag()
    {
        await using var h = await GraphHarness.StartAsync();
        await h.SignInAsync();
        var incoming = EvidenceTarget.Incoming(GraphHarness.Tenant, GraphHarness.UserId);
        var staged = Assert.IsType<StoredEvidence>((await h.Get<GraphEvidenceStore>().StoreAsync(
            new EvidenceUpload(incoming, "Receipt.pdf", "application/pdf", new MemoryStream(Bytes(2_000, 3))), null, CancellationToken.None)).Value);
        var before = h.Graph.Items.Single(i => i.Id == staged.ItemId);
        var cTag = before.CTag;
        Assert.Equal(h.Graph.FindByPath(FakeGraphServer.MyDriveId, "CoopAssistant/Claims/_incoming")!.Id, before.ParentId);

        var moved = Assert.IsType<StoredEvidence>((await h.Get<GraphEvidenceStore>().MoveAsync(staged, h.Target("claim-9"), CancellationToken.None)).Value);

        var after = h.Graph.Items.Single(i => i.Id == staged.ItemId);
        Assert.Equal(h.Graph.FindByPath(FakeGraphServer.MyDriveId, "CoopAssistant/Claims/claim-9")!.Id, after.ParentId);
        Assert.Equal((staged.ItemId, staged.Sha256, cTag), (moved.ItemId, moved.Sha256, moved.CTag));
        Assert.NotEqual(staged.ETag, moved.ETag);
        Assert.Equal(1, h.Graph.Count("item-patch"));
    }

    [Fact]
    public async Task Move_IntoAFolderHoldingTheSameName_RenamesRatherThanFails()
    {
        await using var h = await GraphHarness.StartAsync();
        await h.SignInAsync();
        var store = h.Get<GraphEvidenceStore>();
        await store.StoreAsync(new EvidenceUpload(h.Target("claim-2"), "Agenda.pdf", "application/pdf", new MemoryStream(Bytes(1_000, 4))), null, CancellationToken.None);
        var staged = Assert.IsType<StoredEvidence>((await store.StoreAsync(
            new EvidenceUpload(EvidenceTarget.Incoming(GraphHarness.Tenant, GraphHarness.UserId), "Agenda.pdf", "application/pdf", new MemoryStream(Bytes(1_000, 5))), null, CancellationToken.None)).Value);

        var moved = Assert.IsType<StoredEvidence>((await store.MoveAsync(staged, h.Target("claim-2"), CancellationToken.None)).Value);

        Assert.Equal("Agenda 1.pdf", moved.FileName);
        Assert.Equal(2, h.Graph.ChildrenOf(h.Graph.FindByPath(FakeGraphServer.MyDriveId, "CoopAssistant/Claims/claim-2")!.Id).Count());
    }

    [Fact]
    public async Task DiscardIncoming_DeletesTheKeptCopy_AndCountsOneAlreadyGoneAsDeleted()
    {
        await using var h = await GraphHarness.StartAsync();
        await h.SignInAsync();
        var store = h.Get<GraphEvidenceStore>();
        var staged = Assert.IsType<StoredEvidence>((await store.StoreAsync(
            new EvidenceUpload(EvidenceTarget.Incoming(GraphHarness.Tenant, GraphHarness.UserId), "Unclaimed.pdf", "application/pdf", new MemoryStream(Bytes(500, 6))), null, CancellationToken.None)).Value);

        Assert.True(await store.DiscardIncomingAsync(staged, h.User, CancellationToken.None));
        Assert.DoesNotContain(h.Graph.Items, i => i.Id == staged.ItemId);
        Assert.True(await store.DiscardIncomingAsync(staged, h.User, CancellationToken.None));
        Assert.Equal([204, 404], h.Graph.Requests.Where(r => r.Kind == "item-delete").Select(r => r.Status));
    }
}
