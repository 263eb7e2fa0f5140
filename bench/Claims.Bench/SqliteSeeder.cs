using Microsoft.Data.Sqlite;

namespace CoopAssistant.Claims.Bench;

/// <summary>Bulk insert with one prepared statement per table inside large transactions (not EF per row).</summary>
internal static class SqliteSeeder
{
    public static async Task SeedAsync(string connectionString, IEnumerable<SeedRow> rows)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await Exec(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF; PRAGMA cache_size=-200000;");

        var claim = connection.CreateCommand();
        claim.CommandText =
            "INSERT INTO Claims (Id, TenantId, OwnerObjectId, OwnerDisplayName, Program, ActivityType, Title, UsageStart, UsageEnd, ActivityDate, " +
            "Amount, Currency, VendorsUsed, InHouseWork, Status, Deadline, RetentionEnd, UrgencyDate, CreatedAt, UpdatedAt, Version) VALUES " +
            "($id, $tenant, $owner, $owner, 0, $activity, $title, $start, $end, $activityDate, $amount, 'USD', 1, 0, $status, $deadline, $retention, $urgency, $created, $created, 1)";
        var reminder = connection.CreateCommand();
        reminder.CommandText =
            "INSERT INTO Reminders (Id, TenantId, ClaimId, Kind, DueAt, SentAt, Attempts, IdempotencyKey) VALUES ($id, $tenant, $claim, 0, $due, $sent, 0, $key)";

        var p = new Dictionary<string, SqliteParameter>();
        foreach (var name in new[] { "$id", "$tenant", "$owner", "$activity", "$title", "$start", "$end", "$activityDate", "$amount", "$status", "$deadline", "$retention", "$urgency", "$created" })
        {
            p[name] = claim.Parameters.Add(name, name == "$id" ? SqliteType.Text : default);
        }

        var r = new Dictionary<string, SqliteParameter>();
        foreach (var name in new[] { "$id", "$tenant", "$claim", "$due", "$sent", "$key" })
        {
            r[name] = reminder.Parameters.Add(name, name is "$id" or "$claim" ? SqliteType.Text : default);
        }

        var count = 0;
        var transaction = connection.BeginTransaction();
        claim.Transaction = transaction;
        reminder.Transaction = transaction;
        foreach (var row in rows)
        {
            p["$id"].Value = row.Id;
            p["$tenant"].Value = row.TenantId;
            p["$owner"].Value = row.OwnerObjectId;
            p["$activity"].Value = (int)row.ActivityType;
            p["$title"].Value = row.Title;
            p["$start"].Value = row.UsageStart;
            p["$end"].Value = row.UsageEnd;
            p["$activityDate"].Value = row.ActivityDate;
            p["$amount"].Value = row.Amount;
            p["$status"].Value = (int)row.Status;
            p["$deadline"].Value = row.Deadline;
            p["$retention"].Value = row.RetentionEnd;
            p["$urgency"].Value = row.UrgencyDate;
            p["$created"].Value = row.CreatedAt.UtcTicks;
            await claim.ExecuteNonQueryAsync();

            r["$id"].Value = row.ReminderId;
            r["$tenant"].Value = row.TenantId;
            r["$claim"].Value = row.Id;
            r["$due"].Value = row.ReminderDueAt.UtcTicks;
            r["$sent"].Value = row.ReminderSentAt is { } sent ? sent.UtcTicks : DBNull.Value;
            r["$key"].Value = $"deadline:{row.Id}";
            await reminder.ExecuteNonQueryAsync();

            if (++count % 100_000 == 0)
            {
                await transaction.CommitAsync();
                await transaction.DisposeAsync();
                transaction = connection.BeginTransaction();
                claim.Transaction = transaction;
                reminder.Transaction = transaction;
                Console.WriteLine($"  sqlite: {count:N0} claims");
            }
        }

        await transaction.CommitAsync();
        await transaction.DisposeAsync();
        await Exec(connection, "PRAGMA synchronous=FULL; ANALYZE;");
    }

    private static async Task Exec(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
