using System.Diagnostics;
using System.Globalization;
using System.Text;
using CoopAssistant.Bench;
using CoopAssistant.Claims;
using CoopAssistant.Claims.Access;
using CoopAssistant.Claims.Funds;
using CoopAssistant.Claims.Model;
using CoopAssistant.Claims.Rules;
using CoopAssistant.Claims.Services;
using CoopAssistant.Claims.Storage;
using CoopAssistant.Claims.Validation;
using CoopAssistant.TestKit.Postgres;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CoopAssistant.Funds.Bench;

/// <summary>
/// Usage: dotnet run -c Release --project bench/Funds.Bench [sqlite|postgres|both] [claims] [iterations]
/// For one tenant with 200 funds and 100,000 claims (seeded in bulk, ledgers rebuilt from the claims): the funds list with every
/// balance (IFundService.ListAsync, read from the database on every call), the first page of a claim's history of 1,000 entries
/// (written by 999 real changes through the claim service), and the preview of a 50,000-line funds CSV. Targets: balances p99
/// &lt; 20 ms, history first page p99 &lt; 5 ms, CSV preview &lt; 2 s.
/// </summary>
internal static class FundsBench
{
    private const string Tenant = "bench-tenant";
    private const int Funds = 200;
    private static readonly ClaimsCaller Admin = new(Tenant, "bench-admin", "Bench admin", true);

    public static async Task Main(string[] args)
    {
        var which = args.Length > 0 ? args[0] : "both";
        var claims = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100_000;
        var iterations = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1000;
        foreach (var provider in which == "both" ? new[] { "sqlite", "postgres" } : [which])
        {
            await RunAsync(provider, claims, iterations);
        }
    }

    private static async Task RunAsync(string provider, int claimCount, int iterations)
    {
        await using var postgres = provider == "postgres" ? await PostgresServer.StartAsync(durable: false) : null;
        var folder = Directory.CreateTempSubdirectory("coop-funds-bench-").FullName;
        try
        {
            var connection = postgres?.NewDatabaseConnectionString("fundsbench") ?? ClaimsDatabase.PrepareSqlite("Data Source=funds.db", folder);
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:CoopAssistant"] = connection, ["RateLimits:ClaimsPerUserPerDay"] = "100000", ["RateLimits:ClaimsPerTenantPerDay"] = "1000000" }).Build();
            await using var services = new ServiceCollection().AddLogging().AddClaims(configuration, folder).BuildServiceProvider();
            var database = services.GetRequiredService<ClaimsDatabase>();
            await database.MigrateAsync(CancellationToken.None);
            var funds = services.GetRequiredService<IFundService>();
            var claims = services.GetRequiredService<IClaimService>();

            var seeding = Stopwatch.StartNew();
            var imported = (await funds.ImportAsync(Admin, FundsCsv(Funds), CancellationToken.None)).Value!;
            if (!imported.Imported)
            {
                throw new InvalidOperationException($"seed import failed: {imported.TotalErrors} errors");
            }

            var fundRows = (await funds.ListAsync(Admin, CancellationToken.None)).Value!;
            await SeedClaimsAsync(database, fundRows, claimCount);
            await funds.RebuildLedgerAsync(Tenant, CancellationToken.None);
            var historied = await HistoryOfAsync(claims, 1000);
            Console.WriteLine($"{provider}: seeded {Funds} funds, {claimCount:N0} claims and a claim with 1,000 history entries in {seeding.Elapsed.TotalSeconds:F1} s");

            var balances = await MeasureAsync(iterations, async () =>
            {
                var list = (await funds.ListAsync(Admin, CancellationToken.None)).Value!;
                if (list.Count != Funds)
                {
                    throw new InvalidOperationException("wrong fund count");
                }
            });
            var history = await MeasureAsync(iterations, async () =>
            {
                var page = (await claims.GetHistoryAsync(Admin, historied, null, 20, CancellationToken.None)).Value!;
                if (page.Entries.Count != 20 || page.Entries[0].ClaimVersion != 1000)
                {
                    throw new InvalidOperationException("wrong history page");
                }
            });
            var csv = FundsCsv(50_000);
            var preview = await MeasureAsync(5, async () =>
            {
                var result = (await funds.PreviewImportAsync(Admin, csv, CancellationToken.None)).Value!;
                if (result.Lines.Count != 50_000)
                {
                    throw new InvalidOperationException("wrong preview");
                }
            });

            Console.WriteLine($"{provider}: fund balances ({Funds} funds, {claimCount:N0} claims), every call read from the database: {balances}");
            Console.WriteLine($"{provider}: history first page (20 of 1,000 entries): {history}");
            Console.WriteLine($"{provider}: preview of a 50,000-line funds CSV ({csv.Length / 1024:N0} KiB): {preview}");
            Console.WriteLine($"targets: balances p99 < 20 ms {(balances.P99 < 20 ? "met" : "NOT met")}; history p99 < 5 ms {(history.P99 < 5 ? "met" : "NOT met")}; CSV preview < 2 s {(preview.Max < 2000 ? "met" : "NOT met")}");
            const string section = "Funds and history";
            foreach (var (name, latency) in new[]
            {
                ($"{provider}, fund balances ({Funds} funds, {claimCount:N0} claims)", balances),
                ($"{provider}, history first page (1,000 entries)", history),
                ($"{provider}, 50,000-line funds CSV preview", preview),
            })
            {
                BenchResults.Add(section, name, "p50", latency.P50, "ms");
                BenchResults.Add(section, name, "p99", latency.P99, "ms");
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>A funds file: one fund per program, location and half-year, amounts with decimals, ';' and Portuguese headers.</summary>
    private static string FundsCsv(int lines)
    {
        var text = new StringBuilder("Programa;Localização;Início do período de uso;Fim do período de uso;Valor;Moeda\n");
        for (var i = 0; i < lines; i++)
        {
            var program = (i % 3) switch { 0 => "Co-op de parceiros", 1 => "OSA", _ => "ISV do Dynamics" };
            var half = i / 3 % 2 == 0 ? "01/01/2026;30/06/2026" : "01/07/2026;31/12/2026";
            var currency = i % 5 == 0 ? "BRL" : "USD";
            text.Append(CultureInfo.InvariantCulture, $"{program};Local {i / 6};{half};{100_000 + (i % 997)},50;{currency}\n");
        }

        return text.ToString();
    }

    /// <summary>Claims in bulk (rows straight into the table, no history), spread over the funds they fit, in every status.</summary>
    private static async Task SeedClaimsAsync(ClaimsDatabase database, IReadOnlyList<FundView> funds, int count)
    {
        var random = new Random(22);
        var now = DateTimeOffset.UtcNow;
        var statuses = Enum.GetValues<ClaimStatus>();
        for (var start = 0; start < count; start += 5000)
        {
            await using var context = database.ForTenant(Tenant);
            context.BulkSeeding = true;
            context.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var n = start; n < Math.Min(count, start + 5000); n++)
            {
                var fund = funds[random.Next(funds.Count)];
                var status = statuses[random.Next(statuses.Length)];
                var amount = Math.Round((decimal)(50 + (random.NextDouble() * 900)), 2);
                var claim = new Claim
                {
                    Id = Guid.NewGuid(), TenantId = Tenant, OwnerObjectId = $"user-{n % 300}", OwnerDisplayName = $"User {n % 300}",
                    Program = fund.Program, ActivityType = ActivityType.DigitalAdvertising, Title = $"Bench claim {n}",
                    UsageStart = fund.UsageStart, UsageEnd = fund.UsageEnd, ActivityDate = fund.UsageStart.AddDays(10),
                    Amount = amount, Currency = fund.Currency, Status = status, FundId = fund.Id,
                    ApprovedAmount = status is ClaimStatus.Approved or ClaimStatus.Paid ? amount - 10 : null,
                    PaidAmount = status == ClaimStatus.Paid ? amount - 10 : null,
                    CreatedAt = now, UpdatedAt = now, Version = 1,
                };
                claim.RecomputeDerivedDates();
                context.Claims.Add(claim);
            }

            await context.SaveChangesAsync();
        }
    }

    /// <summary>A claim changed 999 times through the claim service: 1,000 real history entries.</summary>
    private static async Task<Guid> HistoryOfAsync(IClaimService claims, int entries)
    {
        var draft = new ClaimDraft(ClaimProgram.PartnerCoop, ActivityType.Seminar, "History bench", new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30), new DateOnly(2026, 2, 1), 100m, "USD", true, false);
        var claim = (await claims.CreateAsync(Admin, draft, CancellationToken.None)).Value!;
        for (var i = 1; i < entries; i++)
        {
            claim = (await claims.UpdateAsync(Admin, claim.Id, claim.Version, draft with { Title = $"History bench {i}", Amount = 100m + i }, CancellationToken.None)).Value!;
        }

        return claim.Id;
    }

    private static async Task<Latency> MeasureAsync(int iterations, Func<Task> call)
    {
        for (var i = 0; i < Math.Min(20, iterations); i++)
        {
            await call(); // warm-up: JIT, connection pool, query plans
        }

        var samples = new double[iterations];
        for (var i = 0; i < iterations; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await call();
            samples[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        Array.Sort(samples);
        return new Latency(Percentile(samples, 0.50), Percentile(samples, 0.99), samples[^1]);
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private sealed record Latency(double P50, double P99, double Max)
    {
        public override string ToString() => $"p50 {P50:F2} ms, p99 {P99:F2} ms, max {Max:F2} ms";
    }
}
