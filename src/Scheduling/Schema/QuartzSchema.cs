using System.Globalization;
using System.Text;
using CoopAssistant.Claims.Storage;

namespace CoopAssistant.Scheduling.Schema;

/// <summary>Quartz.NET 4.7 ADO.NET job store tables (its documented schema, with the default <c>QRTZ_</c> prefix) plus the
/// scheduler's own blocked-recipient table, as idempotent DDL for SQLite and PostgreSQL.</summary>
public static class QuartzSchema
{
    public const string TablePrefix = "QRTZ_";

    // Column types: S:n text up to n, L bigint, I integer, B boolean (b0 = default false), D binary, T long text, N numeric.
    private static readonly (string Table, string Columns, string Key, string? Parent)[] Tables =
    [
        ("JOB_DETAILS", "SCHED_NAME S:120!, JOB_NAME S:150!, JOB_GROUP S:150!, DESCRIPTION S:250, JOB_CLASS_NAME S:250!, IS_DURABLE B!, IS_NONCONCURRENT B!, IS_UPDATE_DATA B!, REQUESTS_RECOVERY B!, JOB_DATA D",
            "SCHED_NAME,JOB_NAME,JOB_GROUP", null),
        ("TRIGGERS", "SCHED_NAME S:120!, TRIGGER_NAME S:150!, TRIGGER_GROUP S:150!, JOB_NAME S:150!, JOB_GROUP S:150!, DESCRIPTION S:250, NEXT_FIRE_TIME L, PREV_FIRE_TIME L, PRIORITY I, TRIGGER_STATE S:16!, TRIGGER_TYPE S:8!, START_TIME L!, END_TIME L, CALENDAR_NAME S:200, MISFIRE_INSTR I, MISFIRE_ORIG_FIRE_TIME L, EXECUTION_GROUP S:200, PREFERRED_NODE S:200, PREFERRED_NODE_AUTO b0!, RETRY_POLICY S:250, RETRY_ATTEMPT I, CONTINUES_TRIGGER_NAME S:150, CONTINUES_TRIGGER_GROUP S:150, CONTINUATION_CONDITION I, OVERLAP_POLICY I, PAUSE_REASON S:1000, PAUSED_BY S:800, PAUSED_AT L, MISFIRE_THRESHOLD L, FIXED_DELAY B, JOB_DATA D",
            "SCHED_NAME,TRIGGER_NAME,TRIGGER_GROUP", "FOREIGN KEY (SCHED_NAME,JOB_NAME,JOB_GROUP) REFERENCES {0}JOB_DETAILS (SCHED_NAME,JOB_NAME,JOB_GROUP)"),
        ("SIMPLE_TRIGGERS", "SCHED_NAME S:120!, TRIGGER_NAME S:150!, TRIGGER_GROUP S:150!, REPEAT_COUNT L!, REPEAT_INTERVAL L!, TIMES_TRIGGERED L!",
            "SCHED_NAME,TRIGGER_NAME,TRIGGER_GROUP", Cascade),
        ("CRON_TRIGGERS", "SCHED_NAME S:120!, TRIGGER_NAME S:150!, TRIGGER_GROUP S:150!, CRON_EXPRESSION S:250!, TIME_ZONE_ID S:80",
            "SCHED_NAME,TRIGGER_NAME,TRIGGER_GROUP", Cascade),
        ("SIMPROP_TRIGGERS", "SCHED_NAME S:120!, TRIGGER_NAME S:150!, TRIGGER_GROUP S:150!, STR_PROP_1 S:512, STR_PROP_2 S:512, STR_PROP_3 S:512, INT_PROP_1 I, INT_PROP_2 I, LONG_PROP_1 L, LONG_PROP_2 L, DEC_PROP_1 N, DEC_PROP_2 N, BOOL_PROP_1 B, BOOL_PROP_2 B, TIME_ZONE_ID S:80",
            "SCHED_NAME,TRIGGER_NAME,TRIGGER_GROUP", Cascade),
        ("BLOB_TRIGGERS", "SCHED_NAME S:120!, TRIGGER_NAME S:150!, TRIGGER_GROUP S:150!, BLOB_DATA D",
            "SCHED_NAME,TRIGGER_NAME,TRIGGER_GROUP", Cascade),
        ("CALENDARS", "SCHED_NAME S:120!, CALENDAR_NAME S:200!, CALENDAR D!", "SCHED_NAME,CALENDAR_NAME", null),
        ("PAUSED_TRIGGER_GRPS", "SCHED_NAME S:120!, TRIGGER_GROUP S:150!, PAUSE_REASON S:1000, PAUSED_BY S:800, PAUSED_AT L", "SCHED_NAME,TRIGGER_GROUP", null),
        ("PAUSED_JOB_GRPS", "SCHED_NAME S:120!, JOB_GROUP S:150!, PAUSE_REASON S:1000, PAUSED_BY S:800, PAUSED_AT L", "SCHED_NAME,JOB_GROUP", null),
        ("FIRED_TRIGGERS", "SCHED_NAME S:120!, ENTRY_ID S:140!, TRIGGER_NAME S:150!, TRIGGER_GROUP S:150!, INSTANCE_NAME S:200!, FIRED_TIME L!, SCHED_TIME L!, PRIORITY I!, STATE S:16!, JOB_NAME S:150, JOB_GROUP S:150, IS_NONCONCURRENT B, REQUESTS_RECOVERY B, EXECUTION_GROUP S:200, PROGRESS I, PROGRESS_MESSAGE S:1000, INTERRUPT_REQUESTED_TIME L",
            "SCHED_NAME,ENTRY_ID", null),
        ("SCHEDULER_STATE", "SCHED_NAME S:120!, INSTANCE_NAME S:200!, LAST_CHECKIN_TIME L!, CHECKIN_INTERVAL L!, QUARTZ_VERSION S:20", "SCHED_NAME,INSTANCE_NAME", null),
        ("LOCKS", "SCHED_NAME S:120!, LOCK_NAME S:40!", "SCHED_NAME,LOCK_NAME", null),
        ("EXECUTION_HISTORY", "SCHED_NAME S:120!, ENTRY_ID S:140!, INSTANCE_NAME S:200!, JOB_NAME S:150!, JOB_GROUP S:150!, TRIGGER_NAME S:150!, TRIGGER_GROUP S:150!, FIRED_TIME L!, RUN_TIME L!, SUCCEEDED B!, ERROR_MESSAGE S:1000, RETRY_ATTEMPT i0!, RETRY_SCHEDULED b0!, EXECUTION_LOG T, RESULT I, SUMMARY S:1000, METRICS T, MANUAL B, FIRE_INSTANCE_ID S:140, JOB_INPUT T, JOB_INPUT_TOO_LARGE B",
            "SCHED_NAME,ENTRY_ID", null),
        ("MISFIRE_HISTORY", "SCHED_NAME S:120!, ENTRY_ID S:140!, INSTANCE_NAME S:200!, TRIGGER_NAME S:150!, TRIGGER_GROUP S:150!, JOB_NAME S:150, JOB_GROUP S:150, MISFIRE_TIME L!, SCHED_TIME L, REASON I",
            "SCHED_NAME,ENTRY_ID", null),
        ("JOB_STATUS", "SCHED_NAME S:120!, JOB_GROUP S:150!, JOB_NAME S:150!, FIRST_FIRED_TIME L!, LAST_FIRED_TIME L!, LAST_RESULT I!, LAST_RUN_TIME L!, LAST_INSTANCE_NAME S:200!, LAST_ENTRY_ID S:140, LAST_SUMMARY S:1000, LAST_SUCCESS_TIME L, LAST_FAILURE_TIME L, LAST_FAILURE_MESSAGE S:1000, CONSECUTIVE_FAILURES i0!, RUN_COUNT l0!, FAILURE_COUNT l0!",
            "SCHED_NAME,JOB_GROUP,JOB_NAME", null),
    ];

    private const string Cascade = "FOREIGN KEY (SCHED_NAME,TRIGGER_NAME,TRIGGER_GROUP) REFERENCES {0}TRIGGERS (SCHED_NAME,TRIGGER_NAME,TRIGGER_GROUP) ON DELETE CASCADE";

    private static readonly (string Name, string Table, string Columns)[] Indexes =
    [
        ("T_J", "TRIGGERS", "SCHED_NAME,JOB_NAME,JOB_GROUP"),
        ("T_G_N", "TRIGGERS", "SCHED_NAME,TRIGGER_GROUP,TRIGGER_NAME"),
        ("T_C", "TRIGGERS", "SCHED_NAME,CALENDAR_NAME"),
        ("T_NFT_ST", "TRIGGERS", "SCHED_NAME,TRIGGER_STATE,NEXT_FIRE_TIME,PRIORITY,MISFIRE_INSTR"),
        ("FT_INST_REQ", "FIRED_TRIGGERS", "SCHED_NAME,INSTANCE_NAME,REQUESTS_RECOVERY"),
        ("FT_J_G", "FIRED_TRIGGERS", "SCHED_NAME,JOB_NAME,JOB_GROUP"),
        ("FT_T_G", "FIRED_TRIGGERS", "SCHED_NAME,TRIGGER_NAME,TRIGGER_GROUP"),
        ("EH_FIRED", "EXECUTION_HISTORY", "SCHED_NAME,FIRED_TIME"),
        ("MH_MISFIRE", "MISFIRE_HISTORY", "SCHED_NAME,MISFIRE_TIME"),
    ];

    /// <summary>The statements, one per element, for <paramref name="provider"/>; every one is safe to run again.</summary>
    public static IReadOnlyList<string> Statements(StorageProvider provider)
    {
        var postgres = provider == StorageProvider.PostgreSQL;
        var statements = new List<string>();
        foreach (var (table, columns, key, parent) in Tables)
        {
            var sql = new StringBuilder();
            sql.Append(CultureInfo.InvariantCulture, $"CREATE TABLE IF NOT EXISTS {TablePrefix}{table} (");
            foreach (var column in columns.Split(", "))
            {
                var parts = column.Split(' ');
                sql.Append(parts[0]).Append(' ').Append(Type(parts[1], postgres)).Append(", ");
            }

            sql.Append(CultureInfo.InvariantCulture, $"PRIMARY KEY ({key})");
            if (parent is not null)
            {
                sql.Append(", ").Append(string.Format(CultureInfo.InvariantCulture, parent, TablePrefix));
            }

            statements.Add(sql.Append(')').ToString());
        }

        statements.AddRange(Indexes.Select(i => $"CREATE INDEX IF NOT EXISTS IDX_{TablePrefix}{i.Name} ON {TablePrefix}{i.Table} ({i.Columns})"));
        statements.Add(
            "CREATE TABLE IF NOT EXISTS COOP_REMINDER_BLOCKS (TENANT_ID VARCHAR(64) NOT NULL, USER_OBJECT_ID VARCHAR(64) NOT NULL, " +
            "REASON VARCHAR(200) NOT NULL, BLOCKED_AT BIGINT NOT NULL, PRIMARY KEY (TENANT_ID, USER_OBJECT_ID))");
        return statements;
    }

    private static string Type(string spec, bool postgres)
    {
        var required = spec.EndsWith('!');
        spec = spec.TrimEnd('!');
        var type = spec switch
        {
            _ when spec.StartsWith("S:", StringComparison.Ordinal) => (postgres ? "VARCHAR(" : "NVARCHAR(") + spec[2..] + ")",
            "L" => "BIGINT",
            "l0" => "BIGINT DEFAULT 0",
            "I" => "INTEGER",
            "i0" => "INTEGER DEFAULT 0",
            "B" => postgres ? "BOOLEAN" : "BIT",
            "b0" => postgres ? "BOOLEAN DEFAULT FALSE" : "BIT DEFAULT 0",
            "D" => postgres ? "BYTEA" : "BLOB",
            "T" => "TEXT",
            "N" => postgres ? "NUMERIC(13,4)" : "NUMERIC",
            _ => throw new InvalidOperationException("Unknown column type " + spec),
        };
        return required ? type + " NOT NULL" : type + " NULL";
    }
}
