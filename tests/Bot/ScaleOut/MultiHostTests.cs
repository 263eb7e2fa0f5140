using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using CoopAssistant.Bot.Reminders;
using CoopAssistant.Bot.Tests.Conversation.Claims;
using CoopAssistant.Bot.Tests.Hosting;
using CoopAssistant.Bot.Tests.Reminders;
using CoopAssistant.Claims.ScaleOut;
using CoopAssistant.Claims.Storage;
using CoopAssistant.TestKit.Channel;
using CoopAssistant.TestKit.Postgres;
using CoopAssistant.TestKit.Tokens;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;
using CoopAssistant.TestKit.App.Reminders;

namespace CoopAssistant.Bot.Tests.ScaleOut;

/// <summary>Scale-out mode end to end: two authenticated host processes on one PostgreSQL, user turns spread across them
/// (with redeliveries to another host and double submissions), 2,000 due reminders, one host killed with <c>kill -9</c>
/// halfway; then the fake channel and the database are checked.</summary>
[Collection(ReminderPostgresCollection.Name)]
public sealed class MultiHostTests(PostgresServer postgres, ITestOutputHelper output)
{
    private const string TurnTenant = "00000000-0000-0000-0000-0000000000002";
    private const int Hosts = 2;
    private const int Users = 4;
    private const int Reminders = 2000;

    [Fact]
    public async Task TwoHostsOnOnePostgres_AnswerEveryTurnOnce_DeliverEveryReminderOnce_LoseNoClaim_WhenOneIsKilledHalfway()
    {
        await using var issuer = await LocalTokenIssuer.StartAsync();
        await using var channel = await FakeTeamsChannel.StartAsync();
        var connectionString = postgres.NewDatabaseConnectionString("scaleout");
        var folder = Directory.CreateTempSubdirectory("coop-scaleout-").FullName;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await ReminderSeed.SeedAsync(connectionString, folder, channel.ServiceUrl, Reminders);
        var seeded = clock.Elapsed;

        await using var cluster = await ClusterHosts.StartAsync(Hosts, issuer, connectionString, new Dictionary<string, string?>
        {
            ["Reminders__PollSeconds"] = "1",
            ["Reminders__LeaseSeconds"] = "5",
            ["Reminders__DispatchParallelism"] = "16",
            ["Reminders__TenantRequestsPerSecond"] = "42",
            ["ScaleOut__ProcessingLease"] = "00:00:05",
            // Each simulated user sends far more than a person would: the chat's rate limits (per host, docs/configuration.md) off.
            ["RateLimits__ChatTurnsPerUser"] = "100000",
            ["RateLimits__ChatTurnsPerTenant"] = "1000000",
            ["RateLimits__ClaimsPerUserPerDay"] = "100000",
            ["RateLimits__ClaimsPerTenantPerDay"] = "1000000",
            ["Logging__LogLevel__Default"] = "Warning",
        });
        var started = clock.Elapsed;
        using var driver = new TurnDriver(cluster.Hosts, issuer, channel.ServiceUrl);
        var turns = new TurnLog();
        using var stop = new CancellationTokenSource();
        var users = Enumerable.Range(0, Users).Select(u => Task.Run(() => UserAsync(u, driver, channel.ServiceUrl, turns, stop.Token))).ToList();

        await channel.WaitForAsync(_ => ReminderCounts(channel).Count >= Reminders / 2, TimeSpan.FromSeconds(120));
        cluster.Hosts[0].Kill();
        driver.MarkDead(0);
        var atKill = ReminderCounts(channel).Count;
        var killed = clock.Elapsed;
        await channel.WaitForAsync(_ => ReminderCounts(channel).Count >= Reminders, TimeSpan.FromSeconds(150));
        var delivered = clock.Elapsed;
        await stop.CancelAsync();
        await Task.WhenAll(users);
        await Task.Delay(TimeSpan.FromSeconds(7)); // past a lease and several polls: nothing more may come

        var reminders = ReminderCounts(channel);
        var reminderDuplicates = reminders.Values.Sum(c => c - 1);
        var replies = channel.Received.Where(a => a.Method == "REPLY").GroupBy(a => a.ReplyToId!).ToDictionary(g => g.Key, g => g.Count());
        var replyDuplicates = turns.Messages.Sum(id => Math.Max(0, replies.GetValueOrDefault(id) - 1));
        output.WriteLine($"reminders: {reminders.Count} distinct, {reminderDuplicates} duplicates ({atKill} delivered at the kill); " +
            $"turns: {turns.Messages.Count} messages, {turns.Creates.Count} claim forms, {turns.Redeliveries} redeliveries, {turns.DoubleSubmits} double submissions; " +
            $"reply duplicates: {replyDuplicates}; failovers: {driver.Failovers}; 5xx retries: {driver.RetriesAfter5xx}; invoke answers lost with the host: {turns.EmptyInvokeAnswers}; " +
            $"busiest second of reminders: {BusiestSecond(channel)}; seeded at {seeded.TotalSeconds:F0} s, hosts up at {started.TotalSeconds:F0} s, " +
            $"kill at {killed.TotalSeconds:F0} s, all reminders at {delivered.TotalSeconds:F0} s");

        // Every reminder exactly once, except those in doubt at the kill: sent to Teams, the host killed before the row was
        // marked (at most the sends in flight: DispatchParallelism); see docs/scale-out.md for why this window cannot close.
        Assert.Equal(Reminders, reminders.Count);
        Assert.InRange(reminderDuplicates, 0, 16);
        // Sends went through the one shared schedule for the tenant (its spacing is tested in PostgresTenantSendPacerTests; how
        // bunched they arrive depends on scheduling, so the busiest second is reported above, not asserted).
        await using (var system = new ClaimsDatabase(StorageProvider.PostgreSQL, connectionString).ForSystem())
        {
            var tenant = ReminderSeed.Tenant.ToUpperInvariant();
            Assert.True(await system.Set<TenantSendSlotEntity>().AnyAsync(s => s.TenantId == tenant));
        }

        Assert.DoesNotContain(channel.RateLimitViolations(), v => v.StartsWith("a:user-", StringComparison.Ordinal));

        // Every message turn answered; a second answer only for a turn in flight on the killed host.
        Assert.All(turns.Messages, id => Assert.True(replies.GetValueOrDefault(id) >= 1, $"turn {id} was not answered"));
        Assert.InRange(replyDuplicates, 0, driver.Failovers);
        Assert.True(turns.Messages.Count >= Users * 4 && turns.Redeliveries > 0 && turns.DoubleSubmits > 0);

        // Every claim form made exactly one claim, whatever host got it, however often it was delivered.
        await using var context = new ClaimsDatabase(StorageProvider.PostgreSQL, connectionString).ForTenant(TurnTenant);
        var stored = await context.Claims.Select(c => new { c.OwnerObjectId, c.Title }).ToListAsync();
        Assert.Equal(turns.Creates.OrderBy(t => t, StringComparer.Ordinal), stored.Select(c => c.OwnerObjectId + "|" + c.Title).OrderBy(t => t, StringComparer.Ordinal));

        // A claim package link made by the host that was killed opens on the survivor (one Data Protection key ring in the database).
        var card = turns.Cards.First(c => c.Host == 0).Card;
        var other = cluster.Hosts[1];
        var link = new UriBuilder(ClaimConversation.PackageUrl(card)) { Host = other.BaseAddress.Host, Port = other.BaseAddress.Port }.Uri;
        using var http = new HttpClient();
        using var download = await http.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
    }

    private static async Task UserAsync(int user, TurnDriver driver, string serviceUrl, TurnLog log, CancellationToken stop)
    {
        var objectId = $"00000000-0000-0000-0002-{user:D12}";
        for (var turn = 0; !stop.IsCancellationRequested || turn < 8; turn++)
        {
            var host = (user + turn) % Hosts;
            if (turn % 2 == 0)
            {
                var message = Activity(Activities.Message(serviceUrl, "help"), user, objectId);
                await Accepted(driver.DeliverAsync(message, host));
                log.Messages.Add(message["id"]!.GetValue<string>());
                if (turn % 4 == 0)
                {
                    // The same activity again, to another host: dropped there (the channel sees one reply).
                    await Accepted(driver.DeliverAsync(message, host + 1));
                    Interlocked.Increment(ref log.Redeliveries);
                }
            }
            else
            {
                var title = $"Scale-out {user}-{turn}";
                var form = ClaimConversation.ValidForm(title);
                form["formId"] = $"form-{user}-{turn}";
                var twice = turn % 6 == 1;
                form["verb"] = "claim.create";
                var deliveries = Enumerable.Range(0, twice ? 2 : 1)
                    .Select(i => driver.DeliverAsync(Activity(Activities.CardAction(serviceUrl, "claim.create", (JsonObject)form.DeepClone()), user, objectId), host + i));
                foreach (var (status, body, answeredBy) in await Task.WhenAll(deliveries))
                {
                    Assert.Equal(HttpStatusCode.OK, status);
                    if (body.Length == 0)
                    {
                        // Processed by the host killed before it could answer; the retry was dropped as done (the claim is checked below).
                        Interlocked.Increment(ref log.EmptyInvokeAnswers);
                        continue;
                    }

                    var card = JsonNode.Parse(body)!["value"]!.AsObject();
                    Assert.Contains(title, card.ToJsonString(), StringComparison.Ordinal);
                    log.Cards.Add((card, answeredBy));
                }

                log.Creates.Add(objectId + "|" + title);
                if (twice)
                {
                    Interlocked.Increment(ref log.DoubleSubmits);
                }
            }

            await Task.Delay(400, CancellationToken.None);
        }
    }

    private static async Task Accepted(Task<(HttpStatusCode Status, string Body, int Host)> delivery) =>
        Assert.Equal(HttpStatusCode.OK, (await delivery).Status);

    private static JsonObject Activity(JsonObject activity, int user, string objectId)
    {
        activity["from"] = new JsonObject { ["id"] = $"29:turn-user-{user}", ["name"] = $"User {user}", ["aadObjectId"] = objectId };
        activity["conversation"] = new JsonObject { ["id"] = $"a:turns-{user}", ["conversationType"] = "personal", ["tenantId"] = TurnTenant };
        activity["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TurnTenant } };
        return activity;
    }

    private static Dictionary<string, int> ReminderCounts(FakeTeamsChannel channel) => channel.Received
        .Where(a => a.Method == "POST")
        .Select(a => a.Activity["channelData"]?[TeamsReminderSender.IdempotencyKeyProperty]?.GetValue<string>())
        .OfType<string>()
        .GroupBy(k => k).ToDictionary(g => g.Key, g => g.Count());

    /// <summary>The most reminder sends the channel received within any one second (Teams: 50 per app per tenant); reported only.</summary>
    private static int BusiestSecond(FakeTeamsChannel channel)
    {
        var times = channel.Received.Where(a => a.Method == "POST" && a.ConversationId.StartsWith("a:user-", StringComparison.Ordinal))
            .Select(a => a.ReceivedAt).Order().ToArray();
        var busiest = 0;
        for (int first = 0, last = 0; last < times.Length; last++)
        {
            while (times[last] - times[first] >= TimeSpan.FromSeconds(1))
            {
                first++;
            }

            busiest = Math.Max(busiest, last - first + 1);
        }

        return busiest;
    }

    private sealed class TurnLog
    {
        public ConcurrentBag<string> Messages { get; } = [];

        public ConcurrentBag<string> Creates { get; } = [];

        public ConcurrentBag<(JsonObject Card, int Host)> Cards { get; } = [];

        public int Redeliveries;

        public int DoubleSubmits;

        public int EmptyInvokeAnswers;
    }
}
