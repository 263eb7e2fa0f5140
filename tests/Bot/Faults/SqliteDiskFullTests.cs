using System.Net;
using System.Text.Json.Nodes;
using CoopAssistant.Bot.Cards;
using CoopAssistant.Bot.Tests.Conversation.Claims;
using CoopAssistant.Bot.Tests.Hosting;
using CoopAssistant.Claims.Services;
using CoopAssistant.Claims.Storage;
using CoopAssistant.TestKit.Channel;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using CoopAssistant.TestKit.App.Hosting;

namespace CoopAssistant.Bot.Tests.Faults;

/// <summary>The SQLite default on a full disk (<see cref="SqlitePageQuota"/>): the card action whose write does not fit is
/// answered with an error the card shows (nothing saved) and a critical log entry; the file passes <c>PRAGMA integrity_check</c>;
/// earlier data is intact; once there is space pressing the button again creates the claim exactly once.</summary>
public sealed class SqliteDiskFullTests : IAsyncLifetime
{
    private readonly SqlitePageQuota _quota = new();
    private readonly LogCapture _logs = new();
    private FakeTeamsChannel _channel = null!;
    private BotHostFactory _host = null!;

    public async Task InitializeAsync()
    {
        _channel = await FakeTeamsChannel.StartAsync();
        _host = new BotHostFactory(_channel, services: services =>
        {
            services.AddSingleton<ILoggerProvider>(_logs);
            services.AddSingleton(sp =>
            {
                var configured = ClaimsDatabase.FromConfiguration(sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<IHostEnvironment>().ContentRootPath);
                return new ClaimsDatabase(configured.Provider, configured.ConnectionString, _quota);
            });
        });
        _host.StartServer();
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _channel.DisposeAsync();
    }

    [Fact]
    public async Task DiskFull_TheCardActionIsRefusedWithAnErrorTheCardShows_NothingIsCorrupted_AndPressingAgainCreatesTheClaimOnce()
    {
        using (var hello = await _host.PostActivityAsync(Activities.Message(_channel.ServiceUrl, "help")))
        {
            Assert.Equal(HttpStatusCode.OK, hello.StatusCode);
        }

        var written = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await _host.PostActivityAsync(CreateClaim($"Before the disk filled {i}"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            written.Add($"Before the disk filled {i}");
        }

        // The disk fills up: claims keep being created while they fit in the pages the file has, then one does not fit.
        _quota.Frozen = true;
        JsonObject? refused = null;
        for (var i = 0; i < 500 && refused is null; i++)
        {
            var activity = CreateClaim($"Filling the last pages {i}");
            using var response = await _host.PostActivityAsync(activity.DeepClone().AsObject());
            // A card action: Teams does not redeliver an invoke, so a refused one is answered 200 too, with an error it shows on the
            // card (https://learn.microsoft.com/en-us/adaptive-cards/authoring-cards/universal-action-model#response-format).
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = await response.Content.ReadAsStringAsync();
            if (!body.Contains("application/vnd.microsoft.error", StringComparison.Ordinal))
            {
                written.Add($"Filling the last pages {i}");
                continue;
            }

            Assert.Contains("nothing was saved or changed", body, StringComparison.Ordinal);
            Assert.DoesNotContain("SQLite", body, StringComparison.OrdinalIgnoreCase);
            refused = activity;
        }

        Assert.NotNull(refused);
        var refusedId = refused["id"]!.GetValue<string>();
        var refusedTitle = refused["value"]!["action"]!["data"]![ClaimFieldsTitle]!.GetValue<string>();

        // The user presses the button again while the disk is still full: the same error, and no card in the conversation.
        using (var again = await _host.PostActivityAsync(refused.DeepClone().AsObject()))
        {
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
            Assert.Contains("application/vnd.microsoft.error", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.DoesNotContain(_channel.Received, a => a.ReplyToId == refusedId);
        Assert.Contains(_logs.Entries, e => e.Level == LogLevel.Critical && e.Message.Contains("storage is full", StringComparison.Ordinal)
            && e.Exception is not null && StorageFailure.Classify(e.Exception) == StorageFailureKind.Full);

        // Space again: the file is sound, every earlier claim is there, and the redelivery creates the claim once.
        _quota.Frozen = false;
        Assert.Equal("ok", await IntegrityCheckAsync());
        var mine = await _host.Services.GetRequiredService<IClaimService>().ListMineAsync(ClaimConversation.User, 1000, default);
        Assert.Equal(written.Order(StringComparer.Ordinal), mine.Select(c => c.Title).Order(StringComparer.Ordinal));

        using (var retried = await _host.PostActivityAsync(refused.DeepClone().AsObject()))
        {
            Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
            Assert.Contains("Claim created.", await retried.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        mine = await _host.Services.GetRequiredService<IClaimService>().ListMineAsync(ClaimConversation.User, 1000, default);
        Assert.Single(mine, c => c.Title == refusedTitle);
        Assert.Equal(written.Count + 1, mine.Count);
        Assert.DoesNotContain(_channel.Received, a => a.ReplyToId == refusedId);
        Assert.Equal("ok", await IntegrityCheckAsync());
    }

    private const string ClaimFieldsTitle = CoopAssistant.Claims.Validation.ClaimFields.Title;

    private JsonObject CreateClaim(string title)
    {
        var data = ClaimConversation.ValidForm(title);
        data["verb"] = CardVerbs.ClaimCreate;
        data["formId"] = Guid.NewGuid().ToString("N");
        return Activities.CardAction(_channel.ServiceUrl, CardVerbs.ClaimCreate, data);
    }

    private async Task<string?> IntegrityCheckAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_host.DataDirectory, "coopassistant.db")};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check;";
        return (string?)await command.ExecuteScalarAsync();
    }
}
