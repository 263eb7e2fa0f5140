using System.Net;
using System.Text.Json.Nodes;
using CoopAssistant.Claims.Access;
using CoopAssistant.TestKit.Channel;
using Microsoft.Extensions.DependencyInjection;
using CoopAssistant.TestKit.App.Hosting;

namespace CoopAssistant.Bot.Tests.Hosting;

/// <summary>An unhandled error in a browser API is answered by the host's exception handler: a ProblemDetails 500 that says
/// nothing of the exception.</summary>
public sealed class ApiErrorTests : IAsyncLifetime
{
    private const string Secret = "connection string with a password";
    private FakeTeamsChannel _channel = null!;
    private BotHostFactory _host = null!;

    public async Task InitializeAsync()
    {
        _channel = await FakeTeamsChannel.StartAsync();
        // Development without AzureAd: the add-in API answers as the development user; resolving the caller fails.
        _host = new BotHostFactory(_channel, services: s => s.AddSingleton<IClaimsRoleResolver, FailingRoles>());
        _host.StartServer();
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _channel.DisposeAsync();
    }

    [Fact]
    public async Task UnhandledErrorInAnApi_IsAProblemDetails500_WithoutTheExceptionText()
    {
        using var client = _host.CreateClient();

        using var response = await client.GetAsync("/api/addin/claims");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(500, JsonNode.Parse(body)!["status"]!.GetValue<int>());
        Assert.DoesNotContain(Secret, body, StringComparison.Ordinal);
        Assert.DoesNotContain(nameof(InvalidOperationException), body, StringComparison.Ordinal);
    }

    private sealed class FailingRoles : IClaimsRoleResolver
    {
        public Task<bool> IsIncentivesAdministratorAsync(string tenantId, string objectId, CancellationToken cancellationToken) =>
            throw new InvalidOperationException(Secret);

        public Task<ClaimsCaller> ResolveAsync(string tenantId, string objectId, string? displayName, CancellationToken cancellationToken) =>
            throw new InvalidOperationException(Secret);
    }
}
