using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Text;
using CoopAssistant.Bot.Conversation.Claims.Package;
using CoopAssistant.Bot.Tests.AddIn;
using CoopAssistant.Claims.Access;
using Microsoft.Extensions.DependencyInjection;

namespace CoopAssistant.Bot.Tests.Hostile;

/// <summary>Absolute server paths never leave the host: a file kept on the host's disk (the local evidence store) is named by its
/// evidence id in every add-in and tab API answer and in the claim package's files.</summary>
public sealed class ServerPathTests(AddInHostFixture fixture) : IClassFixture<AddInHostFixture>
{
    [Fact]
    public async Task AFileKeptOnTheHost_IsNamedByItsEvidenceId_InEveryApiAnswerAndInThePackage()
    {
        var claim = await fixture.CreateClaimAsync("Paths claim");
        using var client = fixture.Client(fixture.UserToken());
        var answers = new List<(string Route, string Body)>();

        using (var content = AddInUpload.File("vendor-invoice.pdf", AddInUpload.Pdf(3000)))
        using (var attached = await client.PostAsync($"/api/addin/claims/{claim.Id}/evidence?kind=VendorInvoice", content))
        {
            Assert.Equal(HttpStatusCode.Created, attached.StatusCode);
            answers.Add(("POST evidence", await attached.Content.ReadAsStringAsync()));
        }

        // The copy is where the evidence folder is: the test looks for exactly that path.
        var stored = Assert.Single((await fixture.GetClaimAsync(claim.Id)).Evidence);
        var evidenceFolder = Path.Combine(fixture.Host.DataDirectory, "evidence");
        Assert.StartsWith(evidenceFolder, stored.KeptCopyLocation, StringComparison.Ordinal);

        foreach (var route in new[] { "/api/addin/claims", $"/api/addin/claims/{claim.Id}", "/api/tab/claims", $"/api/tab/claims/{claim.Id}" })
        {
            using var response = await client.GetAsync(route);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            answers.Add(("GET " + route, await response.Content.ReadAsStringAsync()));
        }

        var links = fixture.Host.Services.GetRequiredService<ClaimPackageLinks>();
        var caller = new ClaimsCaller(AddInHostFixture.TenantA, AddInHostFixture.Alice, "Test user", false);
        using var http = new HttpClient();
        using (var package = await http.GetAsync(links.Create(caller, claim.Id, CultureInfo.GetCultureInfo("en-US"))))
        {
            Assert.Equal(HttpStatusCode.OK, package.StatusCode);
            using var zip = new ZipArchive(await package.Content.ReadAsStreamAsync(), ZipArchiveMode.Read);
            foreach (var entry in zip.Entries)
            {
                using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
                answers.Add(("package " + entry.FullName, await reader.ReadToEndAsync()));
            }
        }

        Assert.Contains(answers, a => a.Route == "GET /api/addin/claims/" + claim.Id && a.Body.Contains(stored.Id.ToString("D"), StringComparison.Ordinal));
        Assert.Contains(answers, a => a.Route == "package " + ClaimPackageWriter.IndexEntry(CultureInfo.GetCultureInfo("en-US")) && a.Body.Contains(stored.Id.ToString("D"), StringComparison.Ordinal));
        foreach (var (route, body) in answers)
        {
            Assert.False(
                body.Contains(fixture.Host.DataDirectory, StringComparison.Ordinal) || body.Contains(evidenceFolder.Replace("/", "\\/", StringComparison.Ordinal), StringComparison.Ordinal),
                $"{route} shows the server path {evidenceFolder}: {body}");
        }
    }
}
