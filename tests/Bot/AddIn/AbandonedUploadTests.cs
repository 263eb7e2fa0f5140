using System.Net.Sockets;
using System.Text;

namespace CoopAssistant.Bot.Tests.AddIn;

public sealed class AbandonedUploadTests(AddInHostFixture fixture) : IClassFixture<AddInHostFixture>
{
    [Fact]
    public async Task AttachEvidence_WhenTheClientDisconnectsMidUpload_LeavesNothingStoredOrRecorded()
    {
        var claim = await fixture.CreateClaimAsync("Abandoned upload claim");
        using var http = fixture.Host.CreateClient();
        var address = http.BaseAddress!;

        const string boundary = "coop-boundary-7d1";
        var partHeader = $"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"invoice.pdf\"\r\nContent-Type: application/pdf\r\n\r\n";
        const int fileLength = 50_000;
        var declaredLength = Encoding.ASCII.GetByteCount(partHeader) + fileLength + Encoding.ASCII.GetByteCount($"\r\n--{boundary}--\r\n");
        var head = $"POST /api/addin/claims/{claim.Id}/evidence?kind=VendorInvoice HTTP/1.1\r\n" +
            $"Host: {address.Authority}\r\n" +
            $"Authorization: Bearer {fixture.UserToken()}\r\n" +
            $"Content-Type: multipart/form-data; boundary={boundary}\r\n" +
            $"Content-Length: {declaredLength}\r\n\r\n";

        using (var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp))
        {
            await socket.ConnectAsync(address.Host, address.Port);
            await socket.SendAsync(Encoding.ASCII.GetBytes(head + partHeader));
            await socket.SendAsync(AddInUpload.Pdf(20_000));

            // The store has started keeping the file (its partial file exists) when the client goes away.
            await WaitUntilAsync(() => fixture.StoredFiles(claim.Id).Any(f => Path.GetFileName(f).StartsWith(".incoming-", StringComparison.Ordinal)));
            socket.LingerState = new LingerOption(true, 0);
            socket.Close();
        }

        await WaitUntilAsync(() => fixture.StoredFiles(claim.Id).Count == 0);
        Assert.Empty(fixture.StoredFiles(claim.Id));
        Assert.Empty((await fixture.GetClaimAsync(claim.Id)).Evidence);
    }

    /// <summary>Waits for the server side to reach a state (no timing is asserted; the deadline only stops a hung test).</summary>
    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The expected server-side state was not reached.");
            }

            await Task.Delay(50);
        }
    }
}
