using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CoopAssistant.TestKit.Graph;

/// <summary>
/// A Microsoft Graph stand-in on loopback HTTP answering with the documented JSON shapes: <c>/search/query</c> (with sorting),
/// drive items, <c>$batch</c>, <c>/me/drive</c>, folders by path and children, async <c>copy</c> with a monitor URL, moves and
/// renames (<c>PATCH</c>), simple upload and upload sessions, plus Teams chat file downloads. Faults are scripted per item or per
/// call kind. Every rule it holds the client to is listed, with its source, in <c>tests/TestKit/README.md</c>.
/// </summary>
public sealed partial class FakeGraphServer : IAsyncDisposable
{
    public const string MyDriveId = "b!me-onedrive";

    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, FakeDriveItem> items = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> itemFaults = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Queue<(int Status, int RetryAfter)>> transientItemFaults = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Queue<(int Status, int RetryAfter)>> transientKindFaults = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> failingCopies = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, CopyJob> jobs = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, UploadSession> sessions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ChatFileLink> chatFiles = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ItemDownload> itemDownloads = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<FakeGraphRequest> requests = new();
    private readonly Lock gate = new();
    private int nextId;

    private FakeGraphServer(WebApplication app)
    {
        this.app = app;
    }

    /// <summary>Root of the server, e.g. http://127.0.0.1:1234/.</summary>
    public Uri Root { get; private set; } = null!;

    /// <summary>Graph base URL to configure (<c>{Root}v1.0</c>).</summary>
    public Uri BaseUrl => new(Root, "v1.0");

    /// <summary>Polls a copy monitor answers "inProgress" before "completed".</summary>
    public int CopyPollsBeforeDone { get; set; } = 3;

    /// <summary>A copy also stays "inProgress" until this long after it started (large files, a busy tenant: copies take minutes).</summary>
    public TimeSpan CopyDuration { get; set; } = TimeSpan.Zero;

    /// <summary>A chat file download answers only after this long (a large file on a slow link).</summary>
    public TimeSpan ChatFileDownloadDelay { get; set; } = TimeSpan.Zero;

    public IReadOnlyList<FakeGraphRequest> Requests => [.. requests];

    public IEnumerable<FakeDriveItem> Items => items.Values;

    public static async Task<FakeGraphServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new FakeGraphServer(app);
        app.Run(server.HandleHttpAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Root = new Uri(address.TrimEnd('/') + "/");
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    /// <summary>Adds a file; <paramref name="site"/> null = the user's OneDrive.</summary>
    /// <summary>Adds a file; with <paramref name="content"/> its <c>/content</c> serves those bytes (and the size is theirs).</summary>
    public FakeDriveItem AddFile(string name, long size = 2048, string? site = null, string folder = "/Invoices", string mimeType = "application/pdf", byte[]? content = null)
    {
        var drive = site is null ? MyDriveId : $"b!site-{site}";
        var item = new FakeDriveItem
        {
            DriveId = drive,
            Id = NewId("file"),
            Name = name,
            Size = size,
            Site = site,
            FolderPath = folder,
            MimeType = mimeType,
            Content = content,
        };
        if (content is not null)
        {
            item.Size = content.Length;
        }

        items[item.Id] = item;
        return item;
    }

    /// <summary>Every GET of this item (direct or in a batch) answers <paramref name="status"/> (403, 404…).</summary>
    public void FailItem(string itemId, int status) => itemFaults[itemId] = status;

    /// <summary>The next <paramref name="times"/> GETs of this item answer <paramref name="status"/> with Retry-After.</summary>
    public void ThrottleItem(string itemId, int times, int status = 429, int retryAfterSeconds = 1) =>
        Enqueue(transientItemFaults, itemId, times, status, retryAfterSeconds);

    /// <summary>The next <paramref name="times"/> calls of a kind ("batch", "search", "copy", "item"…) answer <paramref name="status"/>.</summary>
    public void ThrottleNext(string kind, int times, int status = 429, int retryAfterSeconds = 1) =>
        Enqueue(transientKindFaults, kind, times, status, retryAfterSeconds);

    /// <summary>Copies of this item start, then the monitor reports "failed".</summary>
    public void FailCopyOf(string itemId) => failingCopies[itemId] = true;

    /// <summary>How long a chat file's download link works (Teams' pre-authenticated links last about an hour).</summary>
    public TimeSpan ChatFileLinkLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// Serves bytes like the <c>downloadUrl</c> of a Teams <c>file.download.info</c> attachment: a SharePoint
    /// <c>download.aspx</c> link with a <c>tempauth</c> token, about 1.9 KB long, that works for <see cref="ChatFileLinkLifetime"/>
    /// and then answers 401 (https://learn.microsoft.com/microsoftteams/platform/bots/how-to/bots-filesv4 — the URL is
    /// pre-authenticated and short-lived, https://learn.microsoft.com/graph/api/driveitem-get-content). <paramref name="chunked"/>
    /// sends the body without a <c>Content-Length</c> (chunked), as a server that does not say the size up front does.
    /// </summary>
    public Uri AddChatFile(string name, byte[] content, bool chunked = false)
    {
        var uniqueId = Guid.NewGuid();
        var token = TempAuthToken(uniqueId);
        chatFiles[token] = new ChatFileLink(name, content, DateTimeOffset.UtcNow + ChatFileLinkLifetime, chunked);
        return new Uri(Root, $"personal/user_contoso_com/_layouts/15/download.aspx?UniqueId={uniqueId:D}&Translate=false&tempauth={token}&ApiVersion=2.0");
    }

    /// <summary>Every chat file link given out so far stops working now (an hour has passed).</summary>
    public void ExpireChatFileLinks()
    {
        foreach (var (token, link) in chatFiles)
        {
            chatFiles[token] = link with { ExpiresAt = DateTimeOffset.UtcNow.AddSeconds(-1) };
        }
    }

    /// <summary>Renames an item as a user would in OneDrive: its eTag changes, its cTag (content) does not.</summary>
    public void Rename(string itemId, string newName)
    {
        var item = items[itemId];
        lock (gate)
        {
            item.Name = newName;
            item.Version++;
        }
    }

    /// <summary>Saves new content over an item: eTag, cTag and quickXorHash all change.</summary>
    public void EditContent(string itemId, byte[]? content = null)
    {
        var item = items[itemId];
        lock (gate)
        {
            item.Content = content ?? item.Content;
            item.Size = content?.Length ?? item.Size + 1;
            item.QuickXorHash = Convert.ToBase64String(Guid.NewGuid().ToByteArray().Concat(new byte[4]).ToArray());
            item.Version++;
            item.ContentVersion++;
            item.LastModified = DateTimeOffset.UtcNow;
        }
    }

    public int Count(string kind) => requests.Count(r => r.Kind == kind);

    /// <summary>HTTP calls made on the wire (batch steps are not separate calls).</summary>
    public int WireCalls => requests.Count(r => !r.InBatch);

    public FakeDriveItem? FindByPath(string driveId, string path)
    {
        var normalized = "/" + path.Trim('/');
        return items.Values.FirstOrDefault(i => i.DriveId == driveId && i.IsFolder && string.Equals(i.FolderPath, normalized, StringComparison.Ordinal));
    }

    public IEnumerable<FakeDriveItem> ChildrenOf(string folderId) => items.Values.Where(i => i.ParentId == folderId);

    public void ResetLog() => requests.Clear();

    private static void Enqueue(ConcurrentDictionary<string, Queue<(int, int)>> map, string key, int times, int status, int retryAfter)
    {
        var queue = map.GetOrAdd(key, _ => new Queue<(int, int)>());
        lock (queue)
        {
            for (var i = 0; i < times; i++)
            {
                queue.Enqueue((status, retryAfter));
            }
        }
    }

    private static FakeResponse? TakeFault(ConcurrentDictionary<string, Queue<(int Status, int RetryAfter)>> map, string key)
    {
        if (!map.TryGetValue(key, out var queue))
        {
            return null;
        }

        lock (queue)
        {
            if (queue.Count == 0)
            {
                return null;
            }

            var (status, retryAfter) = queue.Dequeue();
            return FakeResponse.Error(
                status,
                status == 429 ? "TooManyRequests" : "serviceNotAvailable",
                "Scripted fault.",
                new Dictionary<string, string> { ["Retry-After"] = retryAfter.ToString(CultureInfo.InvariantCulture) });
        }
    }

    private string NewId(string prefix) => $"{prefix}-{Interlocked.Increment(ref nextId):D4}";

    private async Task HandleHttpAsync(HttpContext context)
    {
        var request = context.Request;
        var path = request.Path.Value ?? "/";
        byte[] body;
        using (var buffer = new MemoryStream())
        {
            await request.Body.CopyToAsync(buffer);
            body = buffer.ToArray();
        }

        string kind;
        FakeResponse response;
        var authorization = request.Headers.Authorization.ToString();
        if (path.StartsWith("/v1.0/", StringComparison.Ordinal))
        {
            var relative = path["/v1.0".Length..];
            if (relative == "/$batch" && request.Method == "POST")
            {
                kind = "batch";
                response = TakeFault(transientKindFaults, kind) ?? HandleBatch(body, authorization);
            }
            else if (relative == "/users" || relative.StartsWith("/users/", StringComparison.Ordinal))
            {
                kind = relative == "/users" ? "users" : relative.EndsWith("/installedApps", StringComparison.Ordinal) ? "install-app" : "user";
                response = HandleUsers(request.Method, relative, request.Query["$search"].FirstOrDefault(), request.Query["$top"].FirstOrDefault(), request.Headers["ConsistencyLevel"].ToString(), authorization, body);
            }
            else
            {
                (kind, response) = HandleGraph(request.Method, relative, request.QueryString.Value, body, request.Headers.ContentRange.ToString(), authorization);
            }
        }
        else
        {
            if (request.Method == "GET" && path.StartsWith(ItemDownloadPrefix, StringComparison.Ordinal))
            {
                var served = DownloadItem(path[ItemDownloadPrefix.Length..], authorization);
                requests.Enqueue(new FakeGraphRequest(request.Method, path, "download", served.Status, false, string.IsNullOrEmpty(authorization) ? null : authorization, null));
                await WriteAsync(context, served);
                return;
            }

            var download = path.EndsWith("/_layouts/15/download.aspx", StringComparison.Ordinal) && request.Method == "GET";
            if (download && ChatFileDownloadDelay > TimeSpan.Zero)
            {
                try
                {
                    await Task.Delay(ChatFileDownloadDelay, context.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                    requests.Enqueue(new FakeGraphRequest(request.Method, path, "chatfile", 499, false, null, null));
                    return;
                }
            }

            (kind, response) = download
                ? ("chatfile", DownloadChatFile(request.Query["tempauth"].ToString()))
                : HandleOther(request.Method, path, body, request.Headers.ContentRange.ToString());
        }

        requests.Enqueue(new FakeGraphRequest(request.Method, path, kind, response.Status, false, string.IsNullOrEmpty(authorization) ? null : authorization, Uri.UnescapeDataString(request.QueryString.Value ?? string.Empty)));
        await WriteAsync(context, response);
    }

    private static async Task WriteAsync(HttpContext context, FakeResponse response)
    {
        context.Response.StatusCode = response.Status;
        foreach (var (name, value) in response.Headers ?? new Dictionary<string, string>())
        {
            context.Response.Headers[name] = value;
        }

        if (response.Json is not null)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(response.Json.ToJsonString());
        }
        else if (response.Bytes is not null)
        {
            context.Response.ContentType = response.ContentType ?? "application/octet-stream";
            if (!response.Chunked)
            {
                context.Response.ContentLength = response.Bytes.Length;
            }

            await context.Response.Body.WriteAsync(response.Bytes);
        }
    }

    private FakeResponse HandleBatch(byte[] body, string authorization)
    {
        var root = JsonNode.Parse(body)!.AsObject();
        var steps = root["requests"]!.AsArray();
        if (steps.Count > 20)
        {
            return FakeResponse.Error(400, "BadRequest", "A batch holds at most 20 requests.");
        }

        var responses = new JsonArray();
        foreach (var step in steps)
        {
            var id = step!["id"]!.GetValue<string>();
            var method = step["method"]!.GetValue<string>();
            var url = step["url"]!.GetValue<string>();
            if (!url.StartsWith('/'))
            {
                url = "/" + url;
            }

            if (url.StartsWith("/v1.0/", StringComparison.Ordinal))
            {
                url = url["/v1.0".Length..];
            }

            var q = url.IndexOf('?', StringComparison.Ordinal);
            var path = q < 0 ? url : url[..q];
            var stepBody = step["body"] is { } b ? JsonSerializer.SerializeToUtf8Bytes(b) : [];
            var (kind, response) = HandleGraph(method, Uri.UnescapeDataString(path), q < 0 ? null : url[q..], stepBody, string.Empty, authorization);
            requests.Enqueue(new FakeGraphRequest(method, path, kind, response.Status, true, string.IsNullOrEmpty(authorization) ? null : authorization, q < 0 ? null : Uri.UnescapeDataString(url[q..])));
            var headers = new JsonObject { ["Content-Type"] = "application/json" };
            foreach (var (name, value) in response.Headers ?? new Dictionary<string, string>())
            {
                headers[name] = value;
            }

            responses.Add(new JsonObject
            {
                ["id"] = id,
                ["status"] = response.Status,
                ["headers"] = headers,
                ["body"] = response.Json?.DeepClone(),
            });
        }

        return new FakeResponse(200, new JsonObject { ["responses"] = responses });
    }

    private (string Kind, FakeResponse Response) HandleGraph(string method, string path, string? query, byte[] body, string contentRange, string authorization)
    {
        if (Authorize(method, path, authorization) is { } refused)
        {
            return ("refused", refused);
        }

        Match m;
        if (method == "POST" && path == "/search/query")
        {
            return ("search", TakeFault(transientKindFaults, "search") ?? Search(body));
        }

        if (method == "GET" && path == "/me/drive")
        {
            return ("drive", new FakeResponse(200, new JsonObject { ["id"] = MyDriveId, ["driveType"] = "business" }));
        }

        if (method == "GET" && path == "/me/drive/recent")
        {
            // Deprecated: "operates in a degraded state until November 2026, after which it stops returning data"
            // (https://learn.microsoft.com/graph/api/drive-recent). The fake is already past that date.
            return ("recent", new FakeResponse(200, new JsonObject { ["value"] = new JsonArray() }));
        }

        if ((m = ItemPath().Match(path)).Success && method == "PATCH")
        {
            return ("item-patch", PatchItem(m.Groups[1].Value, m.Groups[2].Value, query, body));
        }

        if ((m = ItemPath().Match(path)).Success && method == "DELETE")
        {
            // https://learn.microsoft.com/graph/api/driveitem-delete: 204 No Content; an unknown item is 404.
            return ("item-delete", items.TryGetValue(m.Groups[2].Value, out var doomed) && doomed.DriveId == m.Groups[1].Value && items.TryRemove(doomed.Id, out _)
                ? new FakeResponse(204, null)
                : FakeResponse.Error(404, "itemNotFound", "The resource could not be found."));
        }

        if ((m = ItemPath().Match(path)).Success && method == "GET")
        {
            return ("item", TakeFault(transientKindFaults, "item") ?? GetItem(m.Groups[1].Value, m.Groups[2].Value));
        }

        if ((m = RootPath().Match(path)).Success && method == "GET")
        {
            var folder = FindByPath(m.Groups[1].Value, m.Groups[2].Value);
            return ("folder-get", folder is null ? FakeResponse.Error(404, "itemNotFound", "The resource could not be found.") : new FakeResponse(200, ItemJson(folder)));
        }

        if ((m = ChildrenPath().Match(path)).Success && method == "POST")
        {
            return ("folder-create", CreateFolder(m.Groups[1].Value, m.Groups[2].Value, body));
        }

        if ((m = CopyPath().Match(path)).Success && method == "POST")
        {
            return ("copy", TakeFault(transientKindFaults, "copy") ?? StartCopy(m.Groups[1].Value, m.Groups[2].Value, body));
        }

        if ((m = ItemContentPath().Match(path)).Success && method == "GET")
        {
            return ("content", TakeFault(transientKindFaults, "content") ?? ItemContent(m.Groups[1].Value, m.Groups[2].Value));
        }

        if ((m = ContentPath().Match(path)).Success && method == "PUT")
        {
            var item = AddUploaded(m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value, body);
            return ("upload-put", item is null ? FakeResponse.Error(404, "itemNotFound", "No such folder.") : new FakeResponse(201, ItemJson(item)));
        }

        if ((m = SessionPath().Match(path)).Success && method == "POST")
        {
            var id = NewId("session");
            sessions[id] = new UploadSession(m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value);
            return ("upload-session", new FakeResponse(200, new JsonObject
            {
                ["uploadUrl"] = new Uri(Root, "upload/" + id).AbsoluteUri,
                ["expirationDateTime"] = DateTimeOffset.UtcNow.AddHours(1).ToString("o", CultureInfo.InvariantCulture),
                ["nextExpectedRanges"] = new JsonArray("0-"),
            }));
        }

        _ = contentRange;
        return ("unknown", FakeResponse.Error(400, "invalidRequest", $"The fake does not know {method} {path}."));
    }

    private (string Kind, FakeResponse Response) HandleOther(string method, string path, byte[] body, string contentRange)
    {
        Match m;
        if ((m = MonitorPath().Match(path)).Success && method == "GET")
        {
            return ("monitor", PollCopy(m.Groups[1].Value));
        }

        if ((m = UploadPath().Match(path)).Success && method == "PUT")
        {
            return ("upload-chunk", UploadChunk(m.Groups[1].Value, body, contentRange));
        }


        return ("unknown", FakeResponse.Error(404, "notFound", $"The fake does not know {method} {path}."));
    }

    private FakeResponse Search(byte[] body)
    {
        var request = JsonNode.Parse(body)!["requests"]![0]!;
        var entityTypes = request["entityTypes"]!.AsArray().Select(e => e!.GetValue<string>()).ToList();
        if (!entityTypes.Contains("driveItem"))
        {
            return FakeResponse.Error(400, "BadRequest", "Only driveItem is served.");
        }

        var queryString = request["query"]!["queryString"]!.GetValue<string>();
        var from = request["from"]?.GetValue<int>() ?? 0;
        var size = request["size"]?.GetValue<int>() ?? 25;
        var terms = queryString.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(t => !string.Equals(t, "IsDocument:1", StringComparison.OrdinalIgnoreCase) && !string.Equals(t, "IsDocument:true", StringComparison.OrdinalIgnoreCase))
            .ToList();
        IEnumerable<FakeDriveItem> found = items.Values
            .Where(i => !i.IsFolder && terms.All(t => i.Name.Contains(t, StringComparison.OrdinalIgnoreCase) || t == "*"))
            .OrderBy(i => i.Id, StringComparer.Ordinal);

        // Sorting works on properties the search schema marks sortable, such as LastModifiedTime and Created
        // (https://learn.microsoft.com/graph/search-concept-sort); anything else is refused.
        if (request["sortProperties"] is JsonArray sorts && sorts.Count > 0)
        {
            var sort = sorts[0]!;
            var name = sort["name"]?.GetValue<string>() ?? string.Empty;
            var descending = sort["isDescending"]?.GetValueKind() == JsonValueKind.True
                || string.Equals(sort["isDescending"]?.ToString(), "true", StringComparison.OrdinalIgnoreCase);
            Func<FakeDriveItem, IComparable>? key = name.ToUpperInvariant() switch
            {
                "LASTMODIFIEDTIME" => i => i.LastModified,
                "CREATED" => i => i.Id,
                "SIZE" => i => i.Size,
                _ => null,
            };
            if (key is null)
            {
                return FakeResponse.Error(400, "BadRequest", $"The property '{name}' is not sortable.");
            }

            found = descending ? found.OrderByDescending(key) : found.OrderBy(key);
        }

        var matches = found.ToList();
        var hits = new JsonArray();
        var rank = from;
        foreach (var item in matches.Skip(from).Take(size))
        {
            var resource = ItemJson(item);
            resource["@odata.type"] = "#microsoft.graph.driveItem";
            hits.Add(new JsonObject
            {
                ["hitId"] = item.Id,
                ["rank"] = ++rank,
                ["summary"] = $"<c0>{item.Name}</c0>",
                ["resource"] = resource,
            });
        }

        return new FakeResponse(200, new JsonObject
        {
            ["value"] = new JsonArray(new JsonObject
            {
                ["searchTerms"] = new JsonArray([.. terms.Select(t => (JsonNode)t)]),
                ["hitsContainers"] = new JsonArray(new JsonObject
                {
                    ["hits"] = hits,
                    ["total"] = matches.Count,
                    ["moreResultsAvailable"] = from + size < matches.Count,
                }),
            }),
        });
    }

    private FakeResponse GetItem(string driveId, string itemId)
    {
        if (TakeFault(transientItemFaults, itemId) is { } fault)
        {
            return fault;
        }

        if (itemFaults.TryGetValue(itemId, out var status))
        {
            return status == 403
                ? FakeResponse.Error(403, "accessDenied", "Access denied")
                : FakeResponse.Error(status, status == 404 ? "itemNotFound" : "generalException", "Scripted fault.");
        }

        return items.TryGetValue(itemId, out var item) && item.DriveId == driveId
            ? new FakeResponse(200, ItemJson(item))
            : FakeResponse.Error(404, "itemNotFound", "The resource could not be found.");
    }

    /// <summary>
    /// <c>PATCH /drives/{d}/items/{i}</c>: a rename (<c>name</c>) and/or a move (<c>parentReference.id</c>, same drive only —
    /// https://learn.microsoft.com/graph/api/driveitem-move), with <c>@microsoft.graph.conflictBehavior</c> fail (default) or
    /// rename. A rename or move changes the eTag and never the cTag.
    /// </summary>
    private FakeResponse PatchItem(string driveId, string itemId, string? query, byte[] body)
    {
        if (!items.TryGetValue(itemId, out var item) || item.DriveId != driveId)
        {
            return FakeResponse.Error(404, "itemNotFound", "The resource could not be found.");
        }

        var node = JsonNode.Parse(body)!;
        var rename = string.Equals(ConflictBehavior(query), "rename", StringComparison.OrdinalIgnoreCase);
        lock (gate)
        {
            var parentId = item.ParentId;
            var folderPath = item.FolderPath;
            if (node["parentReference"]?["id"]?.GetValue<string>() is { } newParent)
            {
                if (node["parentReference"]?["driveId"]?.GetValue<string>() is { } otherDrive && otherDrive != driveId)
                {
                    return FakeResponse.Error(400, "invalidRequest", "Items cannot be moved between drives.");
                }

                if (!items.TryGetValue(newParent, out var parent) || !parent.IsFolder || parent.DriveId != driveId)
                {
                    return FakeResponse.Error(400, "invalidRequest", "parentReference must name a folder of the same drive.");
                }

                parentId = parent.Id;
                folderPath = parent.FolderPath;
            }

            var name = node["name"]?.GetValue<string>() ?? item.Name;
            var taken = items.Values.Any(i => i.Id != item.Id && i.ParentId == parentId && parentId is not null && string.Equals(i.Name, name, StringComparison.OrdinalIgnoreCase));
            if (taken && !rename)
            {
                return FakeResponse.Error(409, "nameAlreadyExists", "An item with the same name already exists.");
            }

            item.Name = taken ? UniqueName(parentId!, name) : name;
            item.ParentId = parentId;
            item.FolderPath = folderPath;
            item.Version++;
            return new FakeResponse(200, ItemJson(item));
        }
    }

    private static string? ConflictBehavior(string? query)
    {
        var decoded = Uri.UnescapeDataString(query ?? string.Empty).TrimStart('?');
        foreach (var part in decoded.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = part.Split('=', 2);
            if (kv.Length == 2 && kv[0] == "@microsoft.graph.conflictBehavior")
            {
                return kv[1];
            }
        }

        return null;
    }

    /// <summary>How long the pre-authenticated URL of <c>GET /drives/{d}/items/{i}/content</c> works ("only valid for a short period of
    /// time (a few minutes)", https://learn.microsoft.com/graph/api/driveitem-get-content).</summary>
    public TimeSpan ItemDownloadLifetime { get; set; } = TimeSpan.FromMinutes(5);

    private const string ItemDownloadPrefix = "/download/";

    /// <summary>
    /// <c>GET /drives/{d}/items/{i}/content</c> as Graph answers it (https://learn.microsoft.com/graph/api/driveitem-get-content):
    /// 302 Found whose <c>Location</c> is a pre-authenticated download URL on another host (the fake's own port under the name
    /// <c>localhost</c>, as Graph sends clients to a SharePoint/OneDrive files host); only files can be downloaded.
    /// </summary>
    private FakeResponse ItemContent(string driveId, string itemId)
    {
        if (!items.TryGetValue(itemId, out var item) || item.DriveId != driveId)
        {
            return FakeResponse.Error(404, "itemNotFound", "The resource could not be found.");
        }

        if (item.IsFolder)
        {
            return FakeResponse.Error(400, "invalidRequest", "Only driveItem objects with the file property can be downloaded.");
        }

        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        itemDownloads[token] = new ItemDownload(item.Id, DateTimeOffset.UtcNow + ItemDownloadLifetime);
        var location = new UriBuilder(Root) { Host = "localhost", Path = ItemDownloadPrefix + token }.Uri;
        return new FakeResponse(302, Headers: new Dictionary<string, string> { ["Location"] = location.AbsoluteUri });
    }

    /// <summary>
    /// The pre-authenticated download URL: it "doesn't require an Authorization header to download"
    /// (https://learn.microsoft.com/graph/api/driveitem-get-content), so the fake refuses one that carries the Graph bearer token
    /// (401): a client must not forward the token to the files host. Expired or unknown URLs are 401 too.
    /// </summary>
    private FakeResponse DownloadItem(string token, string authorization)
    {
        if (!string.IsNullOrEmpty(authorization))
        {
            return FakeResponse.Error(401, "unauthenticated", "A pre-authenticated download URL takes no Authorization header.");
        }

        if (!itemDownloads.TryGetValue(token, out var download) || download.ExpiresAt <= DateTimeOffset.UtcNow)
        {
            return FakeResponse.Error(401, "unauthenticated", "The download URL has expired.");
        }

        if (!items.TryGetValue(download.ItemId, out var item))
        {
            return FakeResponse.Error(404, "itemNotFound", "The resource could not be found.");
        }

        // A file added without content serves a short text naming it (its bytes were never given to the fake).
        return new FakeResponse(200, Bytes: item.Content ?? Encoding.UTF8.GetBytes($"Test file {item.Name}\n"), ContentType: item.MimeType);
    }

    private FakeResponse DownloadChatFile(string token)
    {
        if (!chatFiles.TryGetValue(token, out var link))
        {
            return FakeResponse.Error(404, "itemNotFound", "No such file.");
        }

        return link.ExpiresAt <= DateTimeOffset.UtcNow
            ? FakeResponse.Error(401, "unauthenticated", "The tempauth token has expired.")
            : new FakeResponse(200, Bytes: link.Content, ContentType: "application/octet-stream", Chunked: link.Chunked);
    }

    /// <summary>A SharePoint-like tempauth token (an unsigned JWT with the claims such tokens carry), about 1.7 KB.</summary>
    private static string TempAuthToken(Guid uniqueId)
    {
        static string B64(string json) => Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var proof = Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(uniqueId.ToByteArray()));
        var payload = new JsonObject
        {
            ["aud"] = "00000003-0000-0ff1-ce00-000000000000/contoso-my.sharepoint.com@00000000-0000-0000-0000-000000000001",
            ["iss"] = "00000003-0000-0ff1-ce00-000000000000",
            ["nbf"] = now,
            ["exp"] = now + 3600,
            ["endpointurl"] = proof,
            ["endpointurlLength"] = 180,
            ["isloopback"] = true,
            ["cid"] = Guid.NewGuid().ToString(),
            ["ver"] = "hashedprooftoken",
            ["siteid"] = Convert.ToBase64String(Guid.NewGuid().ToByteArray()) + Convert.ToBase64String(Guid.NewGuid().ToByteArray()),
            ["app_displayname"] = "Microsoft Teams Services",
            ["name"] = "f#" + Guid.NewGuid() + "#" + Guid.NewGuid(),
            ["nii"] = "microsoft.sharepoint",
            ["istl"] = "true",
            ["sid"] = Guid.NewGuid().ToString(),
            ["puid"] = "1003200" + uniqueId.ToString("N")[..9].ToUpperInvariant(),
            ["scp"] = "myfiles.read allfiles.read allprofiles.read",
            ["tid"] = "00000000-0000-0000-0000-000000000001",
            ["upn"] = "alex.wilber@contoso.onmicrosoft.com",
            ["uniqueId"] = uniqueId.ToString(),
            ["ipaddr"] = "40.126.0.1",
            ["ttv"] = "7",
            ["xms_cc"] = "[\"CP1\"]",
            ["cacheKey"] = "0h.f|membership|" + Guid.NewGuid().ToString("N") + "@live.com",
            ["appid"] = Guid.NewGuid().ToString(),
            ["pr"] = Convert.ToBase64String(System.Security.Cryptography.SHA512.HashData(uniqueId.ToByteArray())),
            ["ut"] = Convert.ToBase64String(System.Security.Cryptography.SHA384.HashData(uniqueId.ToByteArray())),
            ["signin_state"] = "[\"kmsi\"]",
            ["appidacr"] = "2",
            ["rh"] = "0.ASoA" + uniqueId.ToString("N") + "AAAAAAAAwAAAAAAAAAAqAAA.",
        };
        return B64("{\"typ\":\"JWT\",\"alg\":\"none\"}") + "." + B64(payload.ToJsonString()) + ".";
    }

    private FakeResponse CreateFolder(string driveId, string parentId, byte[] body)
    {
        var node = JsonNode.Parse(body)!;
        var name = node["name"]!.GetValue<string>();
        lock (gate)
        {
            var parentPath = parentId == "root" ? string.Empty : items.TryGetValue(parentId, out var parent) ? parent.FolderPath : null;
            if (parentPath is null)
            {
                return FakeResponse.Error(404, "itemNotFound", "No such parent.");
            }

            var path = parentPath.TrimEnd('/') + "/" + name;
            if (FindByPath(driveId, path) is not null)
            {
                return FakeResponse.Error(409, "nameAlreadyExists", "An item with the same name already exists.");
            }

            var folder = new FakeDriveItem { DriveId = driveId, Id = NewId("folder"), Name = name, IsFolder = true, FolderPath = path, ParentId = parentId };
            items[folder.Id] = folder;
            return new FakeResponse(201, ItemJson(folder));
        }
    }

    private FakeResponse StartCopy(string driveId, string itemId, byte[] body)
    {
        if (!items.TryGetValue(itemId, out var source) || source.DriveId != driveId)
        {
            return FakeResponse.Error(404, "itemNotFound", "The resource could not be found.");
        }

        if (itemFaults.TryGetValue(itemId, out var status))
        {
            return FakeResponse.Error(status, status == 403 ? "accessDenied" : "itemNotFound", "Scripted fault.");
        }

        var node = JsonNode.Parse(body)!;
        var targetDrive = node["parentReference"]?["driveId"]?.GetValue<string>() ?? driveId;
        var targetFolder = node["parentReference"]?["id"]?.GetValue<string>();
        var name = node["name"]?.GetValue<string>() ?? source.Name;
        if (targetFolder is null || !items.TryGetValue(targetFolder, out var folder) || !folder.IsFolder)
        {
            return FakeResponse.Error(400, "invalidRequest", "parentReference must name a folder.");
        }

        var id = NewId("job");
        jobs[id] = new CopyJob(source, folder, targetDrive, name, failingCopies.ContainsKey(itemId));
        return new FakeResponse(202, null, new Dictionary<string, string> { ["Location"] = new Uri(Root, "monitor/" + id).AbsoluteUri });
    }

    private FakeResponse PollCopy(string jobId)
    {
        if (!jobs.TryGetValue(jobId, out var job))
        {
            return FakeResponse.Error(404, "itemNotFound", "No such job.");
        }

        var polls = Interlocked.Increment(ref job.Polls);
        if (polls <= CopyPollsBeforeDone || DateTimeOffset.UtcNow - job.StartedAt < CopyDuration)
        {
            return new FakeResponse(202, new JsonObject
            {
                ["operation"] = "itemCopy",
                ["percentageComplete"] = Math.Min(99.0, 100.0 * polls / (CopyPollsBeforeDone + 1)),
                ["status"] = "inProgress",
            });
        }

        if (job.Fails)
        {
            return new FakeResponse(200, new JsonObject
            {
                ["operation"] = "itemCopy",
                ["percentageComplete"] = 0.0,
                ["status"] = "failed",
                ["error"] = new JsonObject { ["code"] = "copyFailed", ["message"] = "Scripted copy failure." },
            });
        }

        lock (gate)
        {
            job.ResultId ??= AddCopy(job).Id;
        }

        return new FakeResponse(200, new JsonObject
        {
            ["operation"] = "itemCopy",
            ["percentageComplete"] = 100.0,
            ["status"] = "completed",
            ["resourceId"] = job.ResultId,
        });
    }

    private FakeDriveItem AddCopy(CopyJob job)
    {
        var copy = new FakeDriveItem
        {
            DriveId = job.TargetDrive,
            Id = NewId("copy"),
            Name = UniqueName(job.Folder.Id, job.Name),
            ParentId = job.Folder.Id,
            FolderPath = job.Folder.FolderPath,
            Size = job.Source.Size,
            MimeType = job.Source.MimeType,
            QuickXorHash = job.Source.QuickXorHash,
            Content = job.Source.Content,
        };
        items[copy.Id] = copy;
        return copy;
    }

    private FakeDriveItem? AddUploaded(string driveId, string folderId, string name, byte[] content)
    {
        if (!items.TryGetValue(folderId, out var folder) || !folder.IsFolder || folder.DriveId != driveId)
        {
            return null;
        }

        lock (gate)
        {
            var item = new FakeDriveItem
            {
                DriveId = driveId,
                Id = NewId("upload"),
                Name = UniqueName(folderId, Uri.UnescapeDataString(name)),
                ParentId = folderId,
                FolderPath = folder.FolderPath,
                Size = content.Length,
                MimeType = "application/octet-stream",
                Content = content,
            };
            items[item.Id] = item;
            return item;
        }
    }

    private FakeResponse UploadChunk(string sessionId, byte[] body, string contentRange)
    {
        if (!sessions.TryGetValue(sessionId, out var session))
        {
            return FakeResponse.Error(404, "itemNotFound", "No such upload session.");
        }

        var range = ContentRange().Match(contentRange);
        if (!range.Success)
        {
            return FakeResponse.Error(400, "invalidRange", "Content-Range is required.");
        }

        var start = long.Parse(range.Groups[1].Value, CultureInfo.InvariantCulture);
        var end = long.Parse(range.Groups[2].Value, CultureInfo.InvariantCulture);
        var total = long.Parse(range.Groups[3].Value, CultureInfo.InvariantCulture);
        if (start != session.Received.Length || end - start + 1 != body.Length || body.Length % (320 * 1024) != 0 && end + 1 != total)
        {
            return FakeResponse.Error(416, "invalidRange", "Unexpected range.");
        }

        session.Chunks++;
        session.Received.Write(body);
        if (session.Received.Length < total)
        {
            return new FakeResponse(202, new JsonObject
            {
                ["expirationDateTime"] = DateTimeOffset.UtcNow.AddHours(1).ToString("o", CultureInfo.InvariantCulture),
                ["nextExpectedRanges"] = new JsonArray($"{session.Received.Length}-"),
            });
        }

        sessions.TryRemove(sessionId, out _);
        var item = AddUploaded(session.DriveId, session.FolderId, session.Name, session.Received.ToArray());
        return item is null ? FakeResponse.Error(404, "itemNotFound", "No such folder.") : new FakeResponse(201, ItemJson(item));
    }

    private string UniqueName(string folderId, string name)
    {
        var existing = ChildrenOf(folderId).Select(i => i.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (!existing.Contains(name))
        {
            return name;
        }

        var stem = Path.GetFileNameWithoutExtension(name);
        var ext = Path.GetExtension(name);
        for (var n = 1; ; n++)
        {
            var candidate = $"{stem} {n}{ext}";
            if (!existing.Contains(candidate))
            {
                return candidate;
            }
        }
    }

    private static int? TopOf(string? query)
    {
        if (string.IsNullOrEmpty(query))
        {
            return null;
        }

        var m = TopQuery().Match(Uri.UnescapeDataString(query));
        return m.Success ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    private static JsonObject ItemJson(FakeDriveItem item)
    {
        var parentFolder = item.IsFolder ? item.FolderPath[..Math.Max(0, item.FolderPath.LastIndexOf('/'))] : item.FolderPath;
        var json = new JsonObject
        {
            ["id"] = item.Id,
            ["name"] = item.Name,
            ["eTag"] = item.ETag,
            ["webUrl"] = item.WebUrl,
            ["size"] = item.Size,
            ["createdDateTime"] = item.LastModified.ToString("o", CultureInfo.InvariantCulture),
            ["lastModifiedDateTime"] = item.LastModified.ToString("o", CultureInfo.InvariantCulture),
            ["parentReference"] = new JsonObject
            {
                ["driveId"] = item.DriveId,
                ["driveType"] = item.Site is null ? "business" : "documentLibrary",
                ["id"] = item.ParentId ?? "root-" + item.DriveId,
                ["path"] = $"/drives/{item.DriveId}/root:{(parentFolder == "/" ? string.Empty : parentFolder)}",
            },
        };
        if (item.IsFolder)
        {
            // "In OneDrive for Business or SharePoint document libraries, the cTag property isn't returned if the driveItem has a
            // folder facet" (https://learn.microsoft.com/graph/api/resources/driveitem).
            json["folder"] = new JsonObject { ["childCount"] = 0 };
        }
        else
        {
            json["cTag"] = item.CTag;
            json["file"] = new JsonObject
            {
                ["mimeType"] = item.MimeType,
                ["hashes"] = new JsonObject { ["quickXorHash"] = item.QuickXorHash },
            };
        }

        return json;
    }

    [GeneratedRegex("^/drives/([^/]+)/items/([^/:]+)$")]
    private static partial Regex ItemPath();

    [GeneratedRegex("^/drives/([^/]+)/root:/(.+?):?$")]
    private static partial Regex RootPath();

    [GeneratedRegex("^/drives/([^/]+)/items/([^/:]+)/children$")]
    private static partial Regex ChildrenPath();

    [GeneratedRegex("^/drives/([^/]+)/items/([^/:]+)/copy$")]
    private static partial Regex CopyPath();

    [GeneratedRegex("^/drives/([^/]+)/items/([^/:]+):/(.+):/content$")]
    private static partial Regex ContentPath();

    [GeneratedRegex("^/drives/([^/]+)/items/([^/:]+):/(.+):/createUploadSession$")]
    private static partial Regex SessionPath();

    [GeneratedRegex("^/monitor/([^/]+)$")]
    private static partial Regex MonitorPath();

    [GeneratedRegex("^/upload/([^/]+)$")]
    private static partial Regex UploadPath();

    [GeneratedRegex(@"bytes (\d+)-(\d+)/(\d+)")]
    private static partial Regex ContentRange();

    [GeneratedRegex(@"\$top=(\d+)")]
    private static partial Regex TopQuery();

    private sealed class CopyJob(FakeDriveItem source, FakeDriveItem folder, string targetDrive, string name, bool fails)
    {
        public int Polls;

        public DateTimeOffset StartedAt { get; } = DateTimeOffset.UtcNow;

        public FakeDriveItem Source { get; } = source;

        public FakeDriveItem Folder { get; } = folder;

        public string TargetDrive { get; } = targetDrive;

        public string Name { get; } = name;

        public bool Fails { get; } = fails;

        public string? ResultId { get; set; }
    }

    private sealed record ItemDownload(string ItemId, DateTimeOffset ExpiresAt);

    private sealed record ChatFileLink(string Name, byte[] Content, DateTimeOffset ExpiresAt, bool Chunked);

    private sealed class UploadSession(string driveId, string folderId, string name)
    {
        public string DriveId { get; } = driveId;

        public string FolderId { get; } = folderId;

        public string Name { get; } = name;

        public MemoryStream Received { get; } = new();

        public int Chunks { get; set; }
    }
}
