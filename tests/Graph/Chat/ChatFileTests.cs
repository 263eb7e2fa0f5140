using CoopAssistant.Graph.Chat;
using CoopAssistant.Graph.Evidence;
using CoopAssistant.Graph.Local;

namespace CoopAssistant.Graph.Tests.Chat;

public sealed class ChatFileTests
{
    [Fact]
    public async Task Download_FileDroppedInChat_IsReadAndCanBeKeptAsEvidence()
    {
        await using var h = await GraphHarness.StartAsync();
        var bytes = "%PDF-1.7 invoice"u8.ToArray();
        var url = h.Graph.AddChatFile("invoice.pdf", bytes);

        var result = await h.Get<ITeamsFileDownloader>().DownloadAsync(new TeamsFileDownloadInfo("invoice.pdf", url, "u-1", "pdf", "1"), CancellationToken.None);

        Assert.True(result.IsOk);
        await using var file = result.Value!;
        Assert.Equal("invoice.pdf", file.FileName);
        Assert.Equal(bytes.Length, file.Length);
        var stored = await h.Get<LocalEvidenceStore>().StoreAsync(new EvidenceUpload(h.Target(), file.FileName, file.ContentType, file.Content, file.Length), null, CancellationToken.None);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(Assert.IsType<StoredEvidence>(stored.Value).Location));
    }

    [Theory]
    [InlineData("https://evil.example.com/file.pdf")]
    [InlineData("http://contoso.sharepoint.com/file.pdf")]
    [InlineData("https://sharepoint.com.evil.example/file.pdf")]
    [InlineData("file:///etc/passwd")]
    public async Task Download_FromAHostThatIsNotAllowed_IsRefusedWithoutACall(string url)
    {
        await using var h = await GraphHarness.StartAsync();

        var result = await h.Get<ITeamsFileDownloader>().DownloadAsync(new TeamsFileDownloadInfo("x.pdf", new Uri(url), null, "pdf", null), CancellationToken.None);

        Assert.Equal(EvidenceErrorCode.DownloadHostNotAllowed, result.Error);
    }

    [Fact]
    public async Task Download_FromLoopbackWhenNotAllowed_IsRefused()
    {
        await using var h = await GraphHarness.StartAsync(s => s["Evidence:AllowLoopbackDownloads"] = "false");
        var url = h.Graph.AddChatFile("a.pdf", [1, 2, 3]);

        var result = await h.Get<ITeamsFileDownloader>().DownloadAsync(new TeamsFileDownloadInfo("a.pdf", url, null, "pdf", null), CancellationToken.None);

        Assert.Equal(EvidenceErrorCode.DownloadHostNotAllowed, result.Error);
        Assert.Equal(0, h.Graph.Count("chatfile"));
    }

    [Fact]
    public async Task Download_MissingFile_IsNotFound()
    {
        await using var h = await GraphHarness.StartAsync();

        var result = await h.Get<ITeamsFileDownloader>().DownloadAsync(
            new TeamsFileDownloadInfo("a.pdf", new Uri(h.Graph.Root, "personal/user_contoso_com/_layouts/15/download.aspx?tempauth=unknown"), null, "pdf", null), CancellationToken.None);

        Assert.Equal(EvidenceErrorCode.NotFound, result.Error);
    }

    [Fact]
    public async Task Download_AfterTheLinkExpired_IsRefusedAsExpired_WhileAFreshLinkWorks()
    {
        await using var h = await GraphHarness.StartAsync();
        var old = h.Graph.AddChatFile("old.pdf", [1, 2, 3]);
        h.Graph.ExpireChatFileLinks();
        var fresh = h.Graph.AddChatFile("fresh.pdf", [4, 5, 6]);

        var expired = await h.Get<ITeamsFileDownloader>().DownloadAsync(new TeamsFileDownloadInfo("old.pdf", old, null, "pdf", null), CancellationToken.None);
        var working = await h.Get<ITeamsFileDownloader>().DownloadAsync(new TeamsFileDownloadInfo("fresh.pdf", fresh, null, "pdf", null), CancellationToken.None);

        // The fake's links are shaped and sized like Teams' (a SharePoint download.aspx with a tempauth token, about 1.9 KB).
        Assert.InRange(old.AbsoluteUri.Length, 1_800, 2_300);
        Assert.Contains("tempauth=", old.Query, StringComparison.Ordinal);
        Assert.Equal(EvidenceErrorCode.DownloadExpired, expired.Error);
        Assert.True(working.IsOk);
        await working.Value!.DisposeAsync();
    }
}
