using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
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
/// A Microsoft Graph stand-in on loopback HTTP answering with the documented JSON shapes: <c>/search/query</c>, drive items,
/// <c>$batch</c>, <c>/me/drive</c>, <c>/me/drive/recent</c>, folders by path and children, async <c>copy</c> with a monitor URL,
/// simple upload and upload sessions, plus Teams chat file downloads. Faults are scripted per item or per call kind.
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
    private readonly ConcurrentDictionary<string, byte[]> chatFiles = new(StringComparer.Ordinal);
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
    public FakeDriveItem AddFile(string name, long size = 2048, string? site = null, string folder = "/Invoices", string mimeType = "application/pdf")
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
        };
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

    /// <summary>Serves bytes at <c>{Root}chatfiles/{name}</c> like a Teams file download URL.</summary>
    public Uri AddChatFile(string name, byte[] content)
    {
        chatFiles[name] = content;
        return new Uri(Root, "chatfiles/" + Uri.EscapeDataString(name));
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
            else
            {
                (kind, response) = HandleGraph(request.Method, relative, request.QueryString.Value, body, request.Headers.ContentRange.ToString(), authorization);
            }
        }
        else
        {
            (kind, response) = HandleOther(request.Method, path, body, request.Headers.ContentRange.ToString());
        }

        requests.Enqueue(new FakeGraphRequest(request.Method, path, kind, response.Status, false, string.IsNullOrEmpty(authorization) ? null : authorization, Uri.UnescapeDataString(request.QueryString.Value ?? string.Empty)));
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
            context.Response.ContentLength = response.Bytes.Length;
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
            var recent = new JsonArray();
            foreach (var item in items.Values.Where(i => !i.IsFolder).OrderByDescending(i => i.Id, StringComparer.Ordinal).Take(TopOf(query) ?? 20))
            {
                var local = new JsonObject { ["id"] = "recent-" + item.Id, ["name"] = item.Name, ["remoteItem"] = ItemJson(item) };
                recent.Add(local);
            }

            return ("recent", new FakeResponse(200, new JsonObject { ["value"] = recent }));
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

        if ((m = ChatFilePath().Match(path)).Success && method == "GET")
        {
            return chatFiles.TryGetValue(Uri.UnescapeDataString(m.Groups[1].Value), out var bytes)
                ? ("chatfile", new FakeResponse(200, Bytes: bytes, ContentType: "application/pdf"))
                : ("chatfile", FakeResponse.Error(404, "itemNotFound", "No such file."));
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
        var terms = queryString.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var matches = items.Values
            .Where(i => !i.IsFolder && terms.All(t => i.Name.Contains(t, StringComparison.OrdinalIgnoreCase) || t == "*"))
            .OrderBy(i => i.Id, StringComparer.Ordinal)
            .ToList();
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
        if (polls <= CopyPollsBeforeDone)
        {
            return new FakeResponse(202, new JsonObject
            {
                ["operation"] = "itemCopy",
                ["percentageComplete"] = 100.0 * polls / (CopyPollsBeforeDone + 1),
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
            ["cTag"] = item.ETag.Replace("\"{", "\"c:{", StringComparison.Ordinal),
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
            json["folder"] = new JsonObject { ["childCount"] = 0 };
        }
        else
        {
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

    [GeneratedRegex("^/chatfiles/(.+)$")]
    private static partial Regex ChatFilePath();

    [GeneratedRegex(@"bytes (\d+)-(\d+)/(\d+)")]
    private static partial Regex ContentRange();

    [GeneratedRegex(@"\$top=(\d+)")]
    private static partial Regex TopQuery();

    private sealed class CopyJob(FakeDriveItem source, FakeDriveItem folder, string targetDrive, string name, bool fails)
    {
        public int Polls;

        public FakeDriveItem Source { get; } = source;

        public FakeDriveItem Folder { get; } = folder;

        public string TargetDrive { get; } = targetDrive;

        public string Name { get; } = name;

        public bool Fails { get; } = fails;

        public string? ResultId { get; set; }
    }

    private sealed class UploadSession(string driveId, string folderId, string name)
    {
        public string DriveId { get; } = driveId;

        public string FolderId { get; } = folderId;

        public string Name { get; } = name;

        public MemoryStream Received { get; } = new();

        public int Chunks { get; set; }
    }
}
