using System.Data.Common;
using System.Text;
using System.Text.RegularExpressions;
using CoopAssistant.Bot.Tab;
using CoopAssistant.Bot.Tab.Organization;
using CoopAssistant.Claims.Storage;
using Microsoft.EntityFrameworkCore;

namespace CoopAssistant.Tab.Bench;

/// <summary>
/// The plans of the organization view's tenant-wide queries (the same <see cref="OrganizationCounts"/> queries the API runs), from
/// EF Core's SQL with its parameters written in as literals: <c>EXPLAIN QUERY PLAN</c> on SQLite, <c>EXPLAIN (ANALYZE, COSTS OFF)</c>
/// on PostgreSQL. Printed for bench/Tab.Bench/README.md.
/// </summary>
internal static partial class QueryPlans
{
    public static async Task<string> ExplainAsync(ClaimsDatabase database, string tenantId, DateOnly today)
    {
        await using var context = database.ForTenant(tenantId);
        var counters = context.ClaimCounters.AsNoTracking();
        var first = new DateOnly(today.Year, today.Month, 1).AddMonths(-11);
        var last = new DateOnly(today.Year, today.Month, 1).AddMonths(1).AddDays(-1);
        var queries = new (string Name, string Sql)[]
        {
            ("expiring (14/30/45 days)", OrganizationCounts.Expiring(counters, today, OrganizationQuery.Windows).ToQueryString()),
            ("at risk (drafts due within the at-risk days, per currency)", OrganizationCounts.AtRisk(counters, today, today.AddDays(new TabOptions().AtRiskDays)).ToQueryString()),
            ("months (submitted and expired per deadline month)", OrganizationCounts.Months(counters, today, first, last).ToQueryString()),
        };

        var report = new StringBuilder();
        var connection = context.Database.GetDbConnection();
        await connection.OpenAsync();
        foreach (var (name, sql) in queries)
        {
            var statement = Inline(sql);
            report.AppendLine($"-- {name}").AppendLine(statement).AppendLine("-- plan:");
            await using var command = connection.CreateCommand();
            command.CommandText = (database.Provider == StorageProvider.PostgreSQL ? "EXPLAIN (ANALYZE, COSTS OFF) " : "EXPLAIN QUERY PLAN ") + statement;
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                report.AppendLine(database.Provider == StorageProvider.PostgreSQL ? reader.GetString(0) : Row(reader));
            }

            report.AppendLine();
        }

        return report.ToString();
    }

    private static string Row(DbDataReader reader) => $"{reader.GetValue(0)}|{reader.GetValue(1)}|{reader.GetString(3)}";

    /// <summary>EF writes parameters as <c>.param set @p 'v'</c> (SQLite) or <c>-- @p='v' (DbType = ...)</c> (Npgsql) above the SQL.</summary>
    private static string Inline(string text)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var sql = new StringBuilder();
        foreach (var line in text.Split('\n'))
        {
            var parameter = Parameter().Match(line);
            if (parameter.Success)
            {
                values[parameter.Groups["name"].Value] = parameter.Groups["value"].Value;
            }
            else if (!line.StartsWith("-- ", StringComparison.Ordinal) && line.Trim().Length > 0)
            {
                sql.AppendLine(line.TrimEnd('\r'));
            }
        }

        var result = sql.ToString().Trim();
        foreach (var (name, value) in values.OrderByDescending(v => v.Key.Length))
        {
            result = result.Replace(name, value, StringComparison.Ordinal);
        }

        return result;
    }

    [GeneratedRegex(@"^(?:\.param set |-- )(?<name>@\w+)[ =](?<value>'[^']*'|\S+)")]
    private static partial Regex Parameter();
}
