using Npgsql;
using NpgsqlTypes;

namespace CoopAssistant.Claims.Bench;

/// <summary>Bulk insert with binary COPY (not EF per row).</summary>
internal static class PostgresSeeder
{
    public static async Task SeedAsync(string connectionString, IEnumerable<SeedRow> rows)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var reminders = new List<SeedRow>();
        await using (var claims = await connection.BeginBinaryImportAsync(
            "COPY \"Claims\" (\"Id\", \"TenantId\", \"OwnerObjectId\", \"OwnerDisplayName\", \"Program\", \"ActivityType\", \"Title\", \"UsageStart\", \"UsageEnd\", " +
            "\"ActivityDate\", \"Amount\", \"Currency\", \"VendorsUsed\", \"InHouseWork\", \"Status\", \"Deadline\", \"RetentionEnd\", \"UrgencyDate\", \"CreatedAt\", " +
            "\"UpdatedAt\", \"Version\") FROM STDIN (FORMAT BINARY)"))
        {
            var count = 0;
            foreach (var row in rows)
            {
                await claims.StartRowAsync();
                await claims.WriteAsync(row.Id, NpgsqlDbType.Uuid);
                await claims.WriteAsync(row.TenantId, NpgsqlDbType.Varchar);
                await claims.WriteAsync(row.OwnerObjectId, NpgsqlDbType.Varchar);
                await claims.WriteAsync(row.OwnerObjectId, NpgsqlDbType.Varchar);
                await claims.WriteAsync(0, NpgsqlDbType.Integer);
                await claims.WriteAsync((int)row.ActivityType, NpgsqlDbType.Integer);
                await claims.WriteAsync(row.Title, NpgsqlDbType.Varchar);
                await claims.WriteAsync(row.UsageStart, NpgsqlDbType.Date);
                await claims.WriteAsync(row.UsageEnd, NpgsqlDbType.Date);
                await claims.WriteAsync(row.ActivityDate, NpgsqlDbType.Date);
                await claims.WriteAsync(row.Amount, NpgsqlDbType.Numeric);
                await claims.WriteAsync("USD", NpgsqlDbType.Varchar);
                await claims.WriteAsync(true, NpgsqlDbType.Boolean);
                await claims.WriteAsync(false, NpgsqlDbType.Boolean);
                await claims.WriteAsync((int)row.Status, NpgsqlDbType.Integer);
                await claims.WriteAsync(row.Deadline, NpgsqlDbType.Date);
                await claims.WriteAsync(row.RetentionEnd, NpgsqlDbType.Date);
                await claims.WriteAsync(row.UrgencyDate, NpgsqlDbType.Date);
                await claims.WriteAsync(row.CreatedAt, NpgsqlDbType.TimestampTz);
                await claims.WriteAsync(row.CreatedAt, NpgsqlDbType.TimestampTz);
                await claims.WriteAsync(1L, NpgsqlDbType.Bigint);
                reminders.Add(row);
                if (++count % 200_000 == 0)
                {
                    Console.WriteLine($"  postgres: {count:N0} claims");
                }
            }

            await claims.CompleteAsync();
        }

        await using (var import = await connection.BeginBinaryImportAsync(
            "COPY \"Reminders\" (\"Id\", \"TenantId\", \"ClaimId\", \"Kind\", \"DueAt\", \"SentAt\", \"Attempts\", \"IdempotencyKey\") FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var row in reminders)
            {
                await import.StartRowAsync();
                await import.WriteAsync(row.ReminderId, NpgsqlDbType.Uuid);
                await import.WriteAsync(row.TenantId, NpgsqlDbType.Varchar);
                await import.WriteAsync(row.Id, NpgsqlDbType.Uuid);
                await import.WriteAsync(0, NpgsqlDbType.Integer);
                await import.WriteAsync(row.ReminderDueAt, NpgsqlDbType.TimestampTz);
                if (row.ReminderSentAt is { } sent)
                {
                    await import.WriteAsync(sent, NpgsqlDbType.TimestampTz);
                }
                else
                {
                    await import.WriteNullAsync();
                }

                await import.WriteAsync(0, NpgsqlDbType.Integer);
                await import.WriteAsync($"deadline:{row.Id}", NpgsqlDbType.Varchar);
            }

            await import.CompleteAsync();
        }

        await using var analyze = new NpgsqlCommand("VACUUM ANALYZE", connection);
        analyze.CommandTimeout = 0;
        await analyze.ExecuteNonQueryAsync();
    }
}
