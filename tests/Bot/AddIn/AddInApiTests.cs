using CoopAssistant.Claims.Localization;
using System.Net.Http.Json;
using System.Net;
using System.Text.Json;
using CoopAssistant.Claims.Model;
using CoopAssistant.Scheduling.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CoopAssistant.Bot.Tests.AddIn;

public sealed class AddInApiTests(AddInHostFixture fixture) : IClassFixture<AddInHostFixture>
{
    public static TheoryData<string, string> Routes => new()
    {
        { "GET", "/api/addin/claims" },
        { "GET", "/api/addin/claims/{id}" },
        { "POST", "/api/addin/claims/{id}/evidence?kind=VendorInvoice" },
        { "POST", "/api/addin/claims/{id}/documentation-requests" },
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Route_WithoutToken_Is401(string method, string route)
    {
        var claim = await fixture.CreateClaimAsync("No token claim");
        using var client = fixture.Client(null);
        using var response = await SendAsync(client, method, route, claim.Id);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(fixture.StoredFiles(claim.Id));
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Route_WithWrongAudience_Is401(string method, string route)
    {
        var claim = await fixture.CreateClaimAsync("Wrong audience claim");
        using var client = fixture.Client(fixture.UserToken(audience: "api://someone-else"));
        using var response = await SendAsync(client, method, route, claim.Id);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Route_WithoutAccessAsUserScope_Is403(string method, string route)
    {
        var claim = await fixture.CreateClaimAsync("Missing scope claim");
        using var client = fixture.Client(fixture.UserToken(scope: "User.Read"));
        using var response = await SendAsync(client, method, route, claim.Id);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Route_ForSomeoneElsesClaim_Is404(string method, string route)
    {
        if (route == "/api/addin/claims")
        {
            return; // the list has no claim id: the list test checks other users' claims are not in it
        }

        var bobs = await fixture.CreateSubmittedClaimAsync("Bob's claim", user: AddInHostFixture.Bob);
        using var client = fixture.Client(fixture.UserToken());
        using var response = await SendAsync(client, method, route, bobs.Id);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("NotFound", (await ErrorAsync(response)).GetProperty("code").GetString());
        Assert.Empty(fixture.StoredFiles(bobs.Id));
        var unchanged = await fixture.GetClaimAsync(bobs.Id, user: AddInHostFixture.Bob);
        Assert.Equal(bobs.Version, unchanged.Version);
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Route_ForAnotherTenantsClaim_Is404(string method, string route)
    {
        if (route == "/api/addin/claims")
        {
            return;
        }

        var theirs = await fixture.CreateSubmittedClaimAsync("Tenant B claim", tenant: AddInHostFixture.TenantB, user: AddInHostFixture.Alice);
        // Same object id, valid token, but from tenant A: tenant B's claim does not exist for it.
        using var client = fixture.Client(fixture.UserToken(tenant: AddInHostFixture.TenantA));
        using var response = await SendAsync(client, method, route, theirs.Id);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(fixture.StoredFiles(theirs.Id, AddInHostFixture.TenantB));
    }

    [Fact]
    public async Task ListClaims_ReturnsOnlyTheCallersOpenClaims_MostUrgentFirst()
    {
        var user = "00000000-0000-0000-0000-00000000c0c0";
        var later = await fixture.CreateClaimAsync("Later claim", user: user, usageEndDaysAgo: 1);
        var urgent = await fixture.CreateClaimAsync("Urgent claim", user: user, usageEndDaysAgo: 40);
        await fixture.CreateClaimAsync("Someone else's", user: AddInHostFixture.Bob);
        await fixture.CreateClaimAsync("Other tenant, same user", tenant: AddInHostFixture.TenantB, user: user);

        using var client = fixture.Client(fixture.UserToken(user: user));
        using var response = await client.GetAsync("/api/addin/claims");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var ids = body.GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("id").GetGuid()).ToList();
        Assert.Equal([urgent.Id, later.Id], ids);
        var first = body.GetProperty("claims")[0];
        Assert.Equal("Draft", first.GetProperty("status").GetString());
        Assert.Equal("Draft (Partner Center: Editing)", first.GetProperty("statusText").GetString());
        Assert.True(first.GetProperty("acceptsEvidence").GetBoolean());
        Assert.Equal(8, first.GetProperty("reference").GetString()!.Length);
        Assert.Contains(body.GetProperty("evidenceKinds").EnumerateArray(), k => k.GetProperty("kind").GetString() == "VendorInvoice");
    }

    [Fact]
    public async Task ListClaims_InPortuguese_LocalisesStatusAndKinds()
    {
        await fixture.CreateClaimAsync("Campanha digital", user: "00000000-0000-0000-0000-00000000d0d0");
        using var client = fixture.Client(fixture.UserToken(user: "00000000-0000-0000-0000-00000000d0d0"));
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("pt-BR");
        var body = await client.GetFromJsonAsync<JsonElement>("/api/addin/claims");
        // Our status with Partner Center's name for it (issue 20), as the claim card shows it.
        Assert.Equal("Rascunho (no Partner Center: Editing)", body.GetProperty("claims")[0].GetProperty("statusText").GetString());
        Assert.Contains(body.GetProperty("evidenceKinds").EnumerateArray(), k => k.GetProperty("text").GetString() == "Faturas de fornecedores terceirizados");
    }

    [Fact]
    public async Task AttachEvidence_WithValidPdf_KeepsTheFileAndRecordsItOnTheClaim()
    {
        var claim = await fixture.CreateClaimAsync("Invoice claim");
        var bytes = AddInUpload.Pdf(5000);
        using var client = fixture.Client(fixture.UserToken());
        using var content = AddInUpload.File("vendor-invoice.pdf", bytes);
        using var response = await client.PostAsync($"/api/addin/claims/{claim.Id}/evidence?kind=VendorInvoice", content);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("VendorInvoice", body.GetProperty("evidence").GetProperty("kind").GetString());
        var stored = await fixture.GetClaimAsync(claim.Id);
        var evidence = Assert.Single(stored.Evidence);
        Assert.Equal(EvidenceKind.VendorInvoice, evidence.Kind);
        Assert.Equal(EvidenceSource.Outlook, evidence.Source);
        Assert.Equal("vendor-invoice.pdf", evidence.Name);
        Assert.Equal(5000, evidence.SizeBytes);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), evidence.Sha256);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(evidence.KeptCopyLocation!));
    }

    [Fact]
    public async Task GetClaim_ShowsTheReviewOfTheDocumentsTheAddInAdded_InTheCallersLanguage()
    {
        var claim = await fixture.CreateClaimAsync("Outlook reviewed claim");
        await using (var scope = fixture.Host.Services.CreateAsyncScope())
        {
            var claims = scope.ServiceProvider.GetRequiredService<CoopAssistant.Claims.Services.IClaimService>();
            var caller = new CoopAssistant.Claims.Access.ClaimsCaller(AddInHostFixture.TenantA, AddInHostFixture.Alice, "Alice", false);
            claim = (await claims.AddEvidenceAsync(caller, claim.Id, claim.Version, new CoopAssistant.Claims.Validation.NewEvidence(EvidenceKind.ProofOfExecution, EvidenceSource.Local, "photos.pdf", 10, "application/pdf"), CancellationToken.None)).Value!;
        }

        var invoice = Conversation.Review.TextPdf.Create("INVOICE", "Contoso Events LLC", "Invoice No. OUT-118", "Invoice date: January 5, 2020", "Grand total: USD 100.00");
        using var client = fixture.Client(fixture.UserToken());
        using (var content = AddInUpload.File("outlook-invoice.pdf", invoice))
        using (var response = await client.PostAsync($"/api/addin/claims/{claim.Id}/evidence?kind=VendorInvoice", content))
        {
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        }

        await using (var scope = fixture.Host.Services.CreateAsyncScope())
        {
            var caller = new CoopAssistant.Claims.Access.ClaimsCaller(AddInHostFixture.TenantA, AddInHostFixture.Alice, "Alice", false);
            await Conversation.Review.ReviewedClaims.WaitAsync(scope.ServiceProvider.GetRequiredService<CoopAssistant.Claims.Services.IClaimService>(), caller, claim.Id);
        }

        var english = await ReviewAsync(client, claim.Id, "en-US");
        Assert.NotEqual("Pending", english.GetProperty("state").GetString());
        var document = Assert.Single(english.GetProperty("documents").EnumerateArray());
        Assert.Equal("outlook-invoice.pdf", document.GetProperty("name").GetString());
        Assert.Equal("Warning", document.GetProperty("outcome").GetString());
        var line = Visible(document.GetProperty("line").GetString()!);
        Assert.True(line.StartsWith("⚠ outlook-invoice.pdf: Invoice dated Jan 5, 2020, outside the usage period", StringComparison.Ordinal), line);

        var portuguese = Visible(Assert.Single((await ReviewAsync(client, claim.Id, "pt-BR")).GetProperty("documents").EnumerateArray()).GetProperty("line").GetString()!);
        Assert.StartsWith("⚠ outlook-invoice.pdf: ", portuguese, StringComparison.Ordinal);
        Assert.Contains("2020", portuguese, StringComparison.Ordinal);
        Assert.NotEqual(line, portuguese);
    }

    private static async Task<JsonElement> ReviewAsync(HttpClient client, Guid claimId, string language)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/addin/claims/{claimId}");
        request.Headers.AcceptLanguage.ParseAdd(language);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("review").Clone();
    }

    private static string Visible(string text) =>
        text.Replace(CoopAssistant.Bot.Cards.CardText.ZeroWidthSpace.ToString(), string.Empty, StringComparison.Ordinal)
            .Replace(CoopAssistant.Bot.Cards.CardText.WordJoiner.ToString(), string.Empty, StringComparison.Ordinal);

    [Fact]
    public async Task AttachEvidence_OverTheSizeLimit_Is413WithAMessageAndKeepsNothing()
    {
        var claim = await fixture.CreateClaimAsync("Oversize claim");
        using var client = fixture.Client(fixture.UserToken());
        using var content = AddInUpload.File("huge.pdf", AddInUpload.Pdf((int)AddInHostFixture.MaxEvidenceBytes + 1));
        using var response = await client.PostAsync($"/api/addin/claims/{claim.Id}/evidence?kind=VendorInvoice", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var error = await ErrorAsync(response);
        Assert.Equal("FileTooLarge", error.GetProperty("code").GetString());
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()));
        Assert.Empty((await fixture.GetClaimAsync(claim.Id)).Evidence);
        Assert.Empty(fixture.StoredFiles(claim.Id));
    }

    [Fact]
    public async Task AttachEvidence_WithADisallowedType_Is415WithALocalisedMessage()
    {
        var claim = await fixture.CreateClaimAsync("Executable claim");
        using var client = fixture.Client(fixture.UserToken());
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("pt-BR");
        using var content = AddInUpload.File("setup.exe", AddInUpload.Pdf(100), "application/octet-stream");
        using var response = await client.PostAsync($"/api/addin/claims/{claim.Id}/evidence?kind=VendorInvoice", content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        var error = await ErrorAsync(response);
        Assert.Equal("FileTypeNotAllowed", error.GetProperty("code").GetString());
        Assert.NotEqual(
            CoopAssistant.Claims.Localization.ClaimTexts.For(CoopAssistant.Claims.Validation.ClaimErrorCode.FileTypeNotAllowed, CoopAssistant.Claims.Localization.UserCulture.English),
            error.GetProperty("message").GetString());
        Assert.Empty((await fixture.GetClaimAsync(claim.Id)).Evidence);
    }

    [Theory]
    [InlineData("../invoice.pdf")]
    [InlineData("..\\..\\invoice.pdf")]
    [InlineData("/etc/invoice.pdf")]
    public async Task AttachEvidence_WithAPathInTheName_IsRefusedAndKeepsNothing(string name)
    {
        var claim = await fixture.CreateClaimAsync("Path claim");
        using var client = fixture.Client(fixture.UserToken());
        using var content = AddInUpload.File(name, AddInUpload.Pdf(100));
        using var response = await client.PostAsync($"/api/addin/claims/{claim.Id}/evidence?kind=VendorInvoice", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("FileNameInvalid", (await ErrorAsync(response)).GetProperty("code").GetString());
        Assert.Empty(fixture.StoredFiles(claim.Id));
        Assert.Empty(Directory.GetFiles(fixture.Host.DataDirectory, "invoice.pdf", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task AttachEvidence_WithAnUnknownKind_Is400()
    {
        var claim = await fixture.CreateClaimAsync("Kind claim");
        using var client = fixture.Client(fixture.UserToken());
        using var content = AddInUpload.File("a.pdf", AddInUpload.Pdf(100));
        using var response = await client.PostAsync($"/api/addin/claims/{claim.Id}/evidence?kind=Selfie", content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("EvidenceKindUnknown", (await ErrorAsync(response)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task RecordDocumentationRequest_OnASubmittedClaim_RecordsItAndMovesTheStatus()
    {
        var claim = await fixture.CreateSubmittedClaimAsync("Submitted claim");
        var respondBy = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(10);
        using var client = fixture.Client(fixture.UserToken());
        using var response = await client.PostAsJsonAsync($"/api/addin/claims/{claim.Id}/documentation-requests",
            new { whatWasAsked = "Send the signed vendor invoice.", respondBy = respondBy.ToString("yyyy-MM-dd") });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var stored = await fixture.GetClaimAsync(claim.Id);
        Assert.Equal(ClaimStatus.AdditionalDocumentationRequested, stored.Status);
        var request = Assert.Single(stored.DocumentationRequests);
        Assert.Equal(respondBy, request.RespondBy);
        Assert.Equal("Send the signed vendor invoice.", request.WhatWasAsked);

        // Recording it plans the reminders: the notice at once and the follow-ups before the respond-by date.
        var keys = await fixture.Host.Services.GetRequiredService<IReminderStore>().GetKeysAsync(claim.Id, default);
        var forRequest = keys.Where(k => k.Contains(request.Id.ToString("N"), StringComparison.Ordinal)).ToList();
        Assert.True(forRequest.Count >= 2, "expected the documentation-request notice and its follow-ups: " + string.Join(", ", keys));
    }

    [Fact]
    public async Task RecordDocumentationRequest_OnADraft_Is409WithAMessage()
    {
        var claim = await fixture.CreateClaimAsync("Draft claim");
        using var client = fixture.Client(fixture.UserToken());
        using var response = await client.PostAsJsonAsync($"/api/addin/claims/{claim.Id}/documentation-requests", new { whatWasAsked = "More." });
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("DocumentationRequestNotAllowed", (await ErrorAsync(response)).GetProperty("code").GetString());
        Assert.Empty((await fixture.GetClaimAsync(claim.Id)).DocumentationRequests);
    }

    [Fact]
    public async Task RecordDocumentationRequest_WithoutText_Is400NamingTheField()
    {
        var claim = await fixture.CreateSubmittedClaimAsync("Empty text claim");
        using var client = fixture.Client(fixture.UserToken());
        using var response = await client.PostAsJsonAsync($"/api/addin/claims/{claim.Id}/documentation-requests", new { whatWasAsked = " " });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = await ErrorAsync(response);
        Assert.Equal("TextInvalid", error.GetProperty("code").GetString());
        Assert.Equal(1, error.GetProperty("errors").GetArrayLength());
    }

    [Fact]
    public async Task Api_SetsNoCookies()
    {
        await fixture.CreateClaimAsync("Cookie claim");
        using var client = fixture.Client(fixture.UserToken());
        using var response = await client.GetAsync("/api/addin/claims");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task Api_FromAnOriginNotConfigured_GetsNoCorsGrant()
    {
        using var client = fixture.Client(null);
        using var request = new HttpRequestMessage(HttpMethod.Options, "/api/addin/claims");
        request.Headers.Add("Origin", "https://evil.example");
        request.Headers.Add("Access-Control-Request-Method", "GET");
        request.Headers.Add("Access-Control-Request-Headers", "authorization");
        using var response = await client.SendAsync(request);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Api_FromTheConfiguredOrigin_GetsACorsGrantWithoutCredentials()
    {
        using var client = fixture.Client(null);
        using var request = new HttpRequestMessage(HttpMethod.Options, "/api/addin/claims");
        request.Headers.Add("Origin", AddInHostFixture.AllowedOrigin);
        request.Headers.Add("Access-Control-Request-Method", "GET");
        request.Headers.Add("Access-Control-Request-Headers", "authorization");
        using var response = await client.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, ((int)response.StatusCode).ToString());
        Assert.Equal(AddInHostFixture.AllowedOrigin, Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.False(response.Headers.Contains("Access-Control-Allow-Credentials"));
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string route, Guid claimId)
    {
        var path = route.Replace("{id}", claimId.ToString(), StringComparison.Ordinal);
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (route.Contains("/evidence", StringComparison.Ordinal))
        {
            request.Content = AddInUpload.File("invoice.pdf", AddInUpload.Pdf(2000));
        }
        else if (method == "POST")
        {
            request.Content = JsonContent.Create(new { whatWasAsked = "Please send the invoice." });
        }

        return await client.SendAsync(request);
    }

    private static async Task<JsonElement> ErrorAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
