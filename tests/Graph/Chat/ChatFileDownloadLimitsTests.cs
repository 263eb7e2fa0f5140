using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using CoopAssistant.Claims.Results;
using CoopAssistant.Graph.Chat;
using CoopAssistant.Graph.Evidence;
using Microsoft.Extensions.DependencyInjection;

namespace CoopAssistant.Graph.Tests.Chat;

/// <summary>
/// A chat file's download link answered by a hostile server (raw HTTP/1.1 on loopback, scripted per path): redirects are checked hop
/// by hop against the allowed hosts, and the size limit holds however the body is framed. Every host name resolves to that server
/// (the client's connect callback), so a redirect the downloader wrongly followed would really be fetched, and would be seen.
/// </summary>
public sealed class ChatFileDownloadLimitsTests : IAsyncLifetime
{
    private const int MaxBytes = 64 * 1024;
    private HostileFileServer server = null!;
    private GraphHarness h = null!;

    public async Task InitializeAsync()
    {
        server = HostileFileServer.Start();
        h = await GraphHarness.StartAsync(
            s => s["Evidence:MaxFileBytes"] = MaxBytes.ToString(CultureInfo.InvariantCulture),
            extra: services => services.AddHttpClient(GraphHttpClientNames.ChatFiles).ConfigurePrimaryHttpMessageHandler((handler, _) =>
                ((SocketsHttpHandler)handler).ConnectCallback = async (_, cancellationToken) =>
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    await socket.ConnectAsync(IPAddress.Loopback, server.Port, cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }));
    }

    public async Task DisposeAsync()
    {
        await h.DisposeAsync();
        await server.DisposeAsync();
    }

    private Task<Result<DownloadedChatFile, EvidenceErrorCode>> DownloadAsync(string path) =>
        h.Get<ITeamsFileDownloader>().DownloadAsync(new TeamsFileDownloadInfo("invoice.pdf", new Uri(server.Root, path), null, "pdf", null), CancellationToken.None);

    [Theory]
    [InlineData("http://evil.example.com/secret")]
    [InlineData("https://contoso.sharepoint.com.evil.example/secret")]
    [InlineData("http://169.254.169.254/secret")]
    public async Task ARedirectToAHostThatIsNotAllowed_IsRefused_AndNeverAsked(string location)
    {
        server.Redirects["/start"] = location;

        var result = await DownloadAsync("/start");

        Assert.Equal(EvidenceErrorCode.DownloadHostNotAllowed, result.Error);
        Assert.Null(result.Value);
        Assert.Equal(["/start"], server.Requests);
    }

    [Fact]
    public async Task ARedirectWithinTheAllowedHosts_IsFollowed()
    {
        server.Redirects["/start"] = "/moved";
        server.Bodies["/moved"] = "%PDF-1.7 moved invoice"u8.ToArray();

        var result = await DownloadAsync("/start");

        Assert.True(result.IsOk);
        await using var file = result.Value!;
        using var copy = new MemoryStream();
        await file.Content.CopyToAsync(copy);
        Assert.Equal("%PDF-1.7 moved invoice"u8.ToArray(), copy.ToArray());
        Assert.Equal(["/start", "/moved"], server.Requests);
    }

    [Fact]
    public async Task ARedirectLoop_StopsAfterTheLimit()
    {
        server.Redirects["/loop"] = "/loop";

        var result = await DownloadAsync("/loop");

        Assert.Equal(EvidenceErrorCode.DownloadFailed, result.Error);
        Assert.Equal(TeamsFileDownloader.MaxRedirects + 1, server.Requests.Count);
    }

    [Fact]
    public async Task ADeclaredLengthOverTheLimit_IsRefusedBeforeTheBodyIsRead()
    {
        server.Declared["/big"] = MaxBytes + 1;

        var result = await DownloadAsync("/big");

        Assert.Equal(EvidenceErrorCode.TooLarge, result.Error);
        Assert.Null(result.Value);
    }

    [Theory]
    [InlineData("chunked")]
    [InlineData("no length, until the connection closes")]
    [InlineData("a small declared length")]
    public async Task ABodyLargerThanTheLimit_IsCutOffWhileStreaming(string framing)
    {
        server.Endless["/endless"] = framing switch
        {
            "chunked" => Framing.Chunked,
            "no length, until the connection closes" => Framing.UntilClose,
            _ => Framing.LyingLength,
        };

        var result = await DownloadAsync("/endless");

        Assert.True(result.IsOk);
        await using var file = result.Value!;
        using var copy = new MemoryStream();
        if (framing == "a small declared length")
        {
            // HTTP/1.1 framing: the client reads the declared 1,000 bytes and not one more, whatever follows on the wire.
            await file.Content.CopyToAsync(copy);
            Assert.Equal(1_000, copy.Length);
            return;
        }

        await Assert.ThrowsAsync<EvidenceTooLargeException>(() => file.Content.CopyToAsync(copy));
        Assert.InRange(copy.Length, 0, MaxBytes);
    }

    private enum Framing
    {
        Chunked,
        UntilClose,
        LyingLength,
    }

    /// <summary>Raw HTTP/1.1 on loopback, one request per connection, answered by path: a redirect, a body, a declared length, or an
    /// endless body (sent up to 16 times the limit, then ended, so a client that never stops reading still finishes).</summary>
    private sealed class HostileFileServer : IAsyncDisposable
    {
        private readonly TcpListener listener = new(IPAddress.Loopback, 0);
        private readonly CancellationTokenSource stop = new();
        private readonly ConcurrentQueue<string> requests = new();
        private Task loop = Task.CompletedTask;

        public ConcurrentDictionary<string, string> Redirects { get; } = new();

        public ConcurrentDictionary<string, byte[]> Bodies { get; } = new();

        public ConcurrentDictionary<string, long> Declared { get; } = new();

        public ConcurrentDictionary<string, Framing> Endless { get; } = new();

        public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

        public Uri Root => new($"http://127.0.0.1:{Port}/");

        public IReadOnlyList<string> Requests => [.. requests];

        public static HostileFileServer Start()
        {
            var server = new HostileFileServer();
            server.listener.Start();
            server.loop = server.AcceptAsync();
            return server;
        }

        public async ValueTask DisposeAsync()
        {
            await stop.CancelAsync();
            listener.Stop();
            await loop.WaitAsync(TimeSpan.FromSeconds(10));
            stop.Dispose();
        }

        private async Task AcceptAsync()
        {
            var connections = new List<Task>();
            try
            {
                while (!stop.IsCancellationRequested)
                {
                    var client = await listener.AcceptTcpClientAsync(stop.Token);
                    connections.Add(ServeAsync(client));
                }
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
            }

            await Task.WhenAll(connections).WaitAsync(TimeSpan.FromSeconds(10));
        }

        private async Task ServeAsync(TcpClient client)
        {
            using (client)
            {
                var stream = client.GetStream();
                try
                {
                    var path = await ReadRequestPathAsync(stream);
                    requests.Enqueue(path);
                    await AnswerAsync(stream, path);
                }
                catch (IOException)
                {
                    // The client hung up: what a cut-off download does.
                }
            }
        }

        private async Task AnswerAsync(NetworkStream stream, string path)
        {
            if (Redirects.TryGetValue(path, out var location))
            {
                await WriteAsync(stream, $"HTTP/1.1 302 Found\r\nLocation: {location}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            }
            else if (Bodies.TryGetValue(path, out var body))
            {
                await WriteAsync(stream, $"HTTP/1.1 200 OK\r\nContent-Type: application/pdf\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n");
                await stream.WriteAsync(body, stop.Token);
            }
            else if (Declared.TryGetValue(path, out var declared))
            {
                await WriteAsync(stream, $"HTTP/1.1 200 OK\r\nContent-Type: application/pdf\r\nContent-Length: {declared}\r\nConnection: close\r\n\r\n");
                await stream.WriteAsync(new byte[1024], stop.Token);
            }
            else if (Endless.TryGetValue(path, out var framing))
            {
                await WriteEndlessAsync(stream, framing);
            }
            else
            {
                await WriteAsync(stream, "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            }
        }

        private async Task WriteEndlessAsync(NetworkStream stream, Framing framing)
        {
            var header = framing switch
            {
                Framing.Chunked => "Transfer-Encoding: chunked\r\n",
                Framing.LyingLength => "Content-Length: 1000\r\n",
                _ => string.Empty,
            };
            await WriteAsync(stream, $"HTTP/1.1 200 OK\r\nContent-Type: application/pdf\r\n{header}Connection: close\r\n\r\n");
            var chunk = new byte[16 * 1024];
            Array.Fill(chunk, (byte)'A');
            for (var sent = 0L; sent < 16L * MaxBytes; sent += chunk.Length)
            {
                if (framing == Framing.Chunked)
                {
                    await WriteAsync(stream, chunk.Length.ToString("x", CultureInfo.InvariantCulture) + "\r\n");
                }

                await stream.WriteAsync(chunk, stop.Token);
                if (framing == Framing.Chunked)
                {
                    await WriteAsync(stream, "\r\n");
                }
            }

            if (framing == Framing.Chunked)
            {
                await WriteAsync(stream, "0\r\n\r\n");
            }
        }

        private Task WriteAsync(NetworkStream stream, string text) => stream.WriteAsync(Encoding.ASCII.GetBytes(text), stop.Token).AsTask();

        private async Task<string> ReadRequestPathAsync(NetworkStream stream)
        {
            var head = new StringBuilder();
            var buffer = new byte[1];
            while (!head.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal) && head.Length < 16 * 1024)
            {
                if (await stream.ReadAsync(buffer, stop.Token) == 0)
                {
                    break;
                }

                head.Append((char)buffer[0]);
            }

            var requestLine = head.ToString().Split("\r\n")[0].Split(' ');
            return requestLine.Length > 1 ? requestLine[1] : string.Empty;
        }
    }
}
