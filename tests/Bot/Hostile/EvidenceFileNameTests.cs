using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoopAssistant.Bot.Tests.AddIn;

namespace CoopAssistant.Bot.Tests.Hostile;

/// <summary>Hostile file names and contents through the add-in's evidence upload (paths and sizes are in
/// <see cref="AddInApiTests"/>): each refused with a 4xx, a code and a message; nothing kept, nothing recorded.</summary>
public sealed class EvidenceFileNameTests(AddInHostFixture fixture) : IClassFixture<AddInHostFixture>
{
    public static TheoryData<string, string, int> HostileFiles => new()
    {
        { "empty file", "empty.pdf", 400 },
        { "right-to-left override hiding .exe", "invoice\u202Efdp.exe", 415 },
        { "double extension", "invoice.pdf.exe", 415 },
        { "no extension", "invoice", 415 },
        { "dot dot", "..", 400 },
        { "only an extension", ".pdf", 415 },
        { "control character", "in\u0007voice.pdf", 400 },
        { "fullwidth dot", "invoice\uFF0Epdf", 415 },
        { "very long name", new string('a', 300) + ".pdf", 400 },
    };

    [Theory]
    [MemberData(nameof(HostileFiles))]
    public async Task AHostileFile_IsRefusedWithACodeAndMessage_AndNothingIsKept(string attack, string fileName, int expectedStatus)
    {
        var claim = await fixture.CreateClaimAsync("File " + attack);
        var bytes = attack switch
        {
            "empty file" => [],
            _ => AddInUpload.Pdf(200),
        };
        using var client = fixture.Client(fixture.UserToken());
        using var content = AddInUpload.File(fileName, bytes);

        using var response = await client.PostAsync($"/api/addin/claims/{claim.Id}/evidence?kind=VendorInvoice", content);

        Assert.Equal(expectedStatus, (int)response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var error = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("code").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()));
        var after = await fixture.GetClaimAsync(claim.Id);
        Assert.Empty(after.Evidence);
        Assert.Equal(claim.Version, after.Version);
        Assert.Empty(fixture.StoredFiles(claim.Id));
    }
}
