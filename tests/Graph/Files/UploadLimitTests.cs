using CoopAssistant.Claims.Limits;
using CoopAssistant.Graph.Evidence;
using CoopAssistant.Graph.Files;
using CoopAssistant.TestKit.Graph;

namespace CoopAssistant.Graph.Tests.Files;

/// <summary>Evidence bytes per hour (issue 19, item 3) on the Graph paths: uploads through <see cref="IEvidenceStore"/> (chat
/// files and Outlook attachments) count as they stream, picked files count their size before the copy.</summary>
public sealed class UploadLimitTests
{
    private static void EightKilobytesAnHour(IDictionary<string, string?> settings) => settings["RateLimits:EvidenceBytesPerUserPerHour"] = "8192";

    [Fact]
    public async Task AnUploadPastTheUsersHourlyBytes_IsRefusedWithTheLimit_AndNothingIsSentToGraph()
    {
        await using var h = await GraphHarness.StartAsync(EightKilobytesAnHour);
        await h.SignInAsync();
        var store = h.Get<IEvidenceStore>();

        using var first = new MemoryStream(UploadTests.Bytes(5000, 1));
        var kept = await store.StoreAsync(new EvidenceUpload(h.Target(), "First.pdf", "application/pdf", first), null, CancellationToken.None);
        using var second = new MemoryStream(UploadTests.Bytes(5000, 2));
        var refused = await store.StoreAsync(new EvidenceUpload(h.Target(), "Second.pdf", "application/pdf", second), null, CancellationToken.None);

        Assert.IsType<StoredEvidence>(kept.Value);
        var refusal = Assert.IsType<EvidenceRefusal>(refused.Error);
        Assert.Equal(EvidenceErrorCode.UploadLimitReached, refusal.Code);
        Assert.NotNull(refusal.Limit);
        Assert.Equal(UsageLimit.EvidenceBytesPerHour, refusal.Limit.Kind);
        Assert.Equal(8192, refusal.Limit.Limit);
        Assert.Equal(1, h.Graph.Count("upload-put"));
        Assert.DoesNotContain(h.Graph.Items, i => i.Name == "Second.pdf");
    }

    [Fact]
    public async Task PickedFilesPastTheUsersHourlyBytes_AreRefusedBeforeTheirCopy()
    {
        await using var h = await GraphHarness.StartAsync(EightKilobytesAnHour);
        await h.SignInAsync();
        var invoice = h.Graph.AddFile("Invoice.pdf", 5000);
        var photo = h.Graph.AddFile("Photo.png", 5000, mimeType: "image/png");

        var results = await h.Get<IGraphEvidenceService>().AttachAsync(
            h.Target("C-9"), [new(invoice.DriveId, invoice.Id), new(photo.DriveId, photo.Id)], null, CancellationToken.None);

        Assert.True(results[0].IsOk);
        Assert.Equal(EvidenceErrorCode.UploadLimitReached, results[1].Error?.Code);
        Assert.NotNull(results[1].Error?.Limit);
        Assert.Equal(1, h.Graph.Count("copy"));
    }
}
