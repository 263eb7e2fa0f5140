using CoopAssistant.Claims.Validation;
using System.Security.Cryptography;
using System.Text.Json;
using CoopAssistant.Graph.Evidence;
using CoopAssistant.Graph.Local;
using CoopAssistant.Graph.Options;
using Microsoft.Extensions.Logging.Abstractions;

namespace CoopAssistant.Graph.Tests.Local;

public sealed class LocalEvidenceStoreTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "coop-local-evidence", Guid.NewGuid().ToString("N"));

    private LocalEvidenceStore Store(long maxBytes = 100L * 1024 * 1024)
    {
        var options = Microsoft.Extensions.Options.Options.Create(new EvidenceOptions { DataDirectory = root });
        var rules = Microsoft.Extensions.Options.Options.Create(new EvidenceFileOptions { MaxFileBytes = maxBytes });
        return new LocalEvidenceStore(options, rules, new DefaultEvidenceFilePolicy(rules), TimeProvider.System, NullLogger<LocalEvidenceStore>.Instance);
    }

    private static EvidenceUpload Upload(string name, byte[] content, string tenant = "tenant-1", string claim = "claim-1") =>
        new(new EvidenceTarget(tenant, "user-1", claim), name, "application/pdf", new MemoryStream(content));

    public void Dispose()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task Store_KeepsTheBytesUnderTheirSha256_WithTheNameInASidecar()
    {
        var content = "invoice body"u8.ToArray();
        var sha = Convert.ToHexStringLower(SHA256.HashData(content));

        var result = await Store().StoreAsync(Upload("Invoice 7.pdf", content), null, CancellationToken.None);

        var kept = Assert.IsType<StoredEvidence>(result.Value);
        Assert.Equal(sha, kept.Sha256);
        Assert.Equal(Path.Combine(root, "evidence", "tenant-1", "claim-1", sha), kept.Location);
        Assert.Equal(content, await File.ReadAllBytesAsync(kept.Location));
        var sidecar = JsonSerializer.Deserialize<LocalEvidenceSidecar>(await File.ReadAllTextAsync(kept.Location + ".json"), JsonSerializerOptions.Web)!;
        Assert.Equal("Invoice 7.pdf", sidecar.FileName);
        Assert.Equal(content.Length, sidecar.SizeBytes);
        Assert.Equal(EvidenceStoreKind.Local, kept.Kind);
    }

    [Fact]
    public async Task Store_SameContentTwice_IsOneFile()
    {
        var store = Store();
        var a = await store.StoreAsync(Upload("a.pdf", [1, 2, 3]), null, CancellationToken.None);
        var b = await store.StoreAsync(Upload("b.pdf", [1, 2, 3]), null, CancellationToken.None);

        Assert.Equal(Assert.IsType<StoredEvidence>(a.Value).Location, Assert.IsType<StoredEvidence>(b.Value).Location);
        Assert.Equal(2, Directory.GetFiles(Path.Combine(root, "evidence", "tenant-1", "claim-1")).Length);
    }

    [Fact]
    public async Task Store_TenantAndClaimWithPathCharacters_StayInsideTheDataDirectory()
    {
        var result = await Store().StoreAsync(Upload("a.pdf", [9], tenant: "../../etc", claim: "c/../../x"), null, CancellationToken.None);

        var location = Assert.IsType<StoredEvidence>(result.Value).Location;
        Assert.StartsWith(Path.Combine(root, "evidence") + Path.DirectorySeparatorChar, Path.GetFullPath(location), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../invoice.pdf", EvidenceErrorCode.InvalidName)]
    [InlineData("..\\invoice.pdf", EvidenceErrorCode.InvalidName)]
    [InlineData("folder/invoice.pdf", EvidenceErrorCode.InvalidName)]
    [InlineData("in\u0007voice.pdf", EvidenceErrorCode.InvalidName)]
    [InlineData("invoice.exe", EvidenceErrorCode.TypeNotAllowed)]
    [InlineData("invoice", EvidenceErrorCode.TypeNotAllowed)]
    public async Task Store_BadNameOrType_IsRefusedWithItsCode(string name, EvidenceErrorCode expected)
    {
        var result = await Store().StoreAsync(Upload(name, [1, 2, 3]), null, CancellationToken.None);

        Assert.Equal(expected, Assert.IsType<EvidenceRefusal>(result.Error).Code);
        Assert.False(Directory.Exists(Path.Combine(root, "evidence")) && Directory.EnumerateFiles(Path.Combine(root, "evidence"), "*", SearchOption.AllDirectories).Any());
    }

    [Fact]
    public async Task Store_ZeroBytes_IsRefusedAsEmpty()
    {
        var result = await Store().StoreAsync(Upload("empty.pdf", []), null, CancellationToken.None);

        Assert.Equal(EvidenceErrorCode.EmptyFile, Assert.IsType<EvidenceRefusal>(result.Error).Code);
    }

    [Fact]
    public async Task Store_AboveTheSizeCap_IsRefusedAsTooLargeAndLeavesNoFile()
    {
        var result = await Store(maxBytes: 1000).StoreAsync(Upload("big.pdf", new byte[1001]), null, CancellationToken.None);

        Assert.Equal(EvidenceErrorCode.TooLarge, Assert.IsType<EvidenceRefusal>(result.Error).Code);
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(root, "evidence"), "*", SearchOption.AllDirectories));
    }

    [Theory]
    [InlineData("a/b\\c:d*e?.pdf", "a_b_c_d_e_.pdf")]
    [InlineData("../../x.pdf", "____x.pdf")]
    [InlineData("  ", "file")]
    public void Sanitise_ReplacesUnsafeCharacters(string input, string expected)
    {
        var sanitised = EvidenceFileNames.Sanitise(input);

        Assert.Equal(expected, sanitised);
        Assert.DoesNotContain("..", sanitised, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Move_AKeptFileFromTheIncomingFolder_IntoItsClaimFolder_WithItsSidecar()
    {
        var content = "receipt body"u8.ToArray();
        var store = Store();
        var staged = Assert.IsType<StoredEvidence>((await store.StoreAsync(
            new EvidenceUpload(EvidenceTarget.Incoming("tenant-1", "user-1"), "Receipt.pdf", "application/pdf", new MemoryStream(content)), null, CancellationToken.None)).Value);

        var moved = Assert.IsType<StoredEvidence>((await store.MoveAsync(staged, new EvidenceTarget("tenant-1", "user-1", "claim-7"), CancellationToken.None)).Value);

        Assert.Equal(Path.Combine(store.ClaimDirectory("tenant-1", "claim-7"), staged.Sha256!), moved.Location);
        Assert.Equal(content, await File.ReadAllBytesAsync(moved.Location));
        Assert.True(File.Exists(moved.Location + ".json"));
        Assert.False(File.Exists(staged.Location));
    }

    [Fact]
    public async Task Move_OfAPathOutsideTheEvidenceFolder_IsRefused()
    {
        var outside = Path.Combine(root, "elsewhere.pdf");
        Directory.CreateDirectory(root);
        await File.WriteAllBytesAsync(outside, [1, 2, 3]);
        var forged = new StoredEvidence(EvidenceStoreKind.Local, outside, "elsewhere.pdf", 3, null, new string('a', 64));

        var result = await Store().MoveAsync(forged, new EvidenceTarget("tenant-1", "user-1", "claim-7"), CancellationToken.None);

        Assert.Equal(EvidenceErrorCode.NotFound, Assert.IsType<EvidenceRefusal>(result.Error).Code);
        Assert.True(File.Exists(outside));
    }
}
