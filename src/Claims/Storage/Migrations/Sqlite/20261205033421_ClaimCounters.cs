using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopAssistant.Claims.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ClaimCounters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ClaimCounters",
                columns: table => new
                {
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Deadline = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    Claims = table.Column<long>(type: "INTEGER", nullable: false),
                    AmountUnits = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClaimCounters", x => new { x.TenantId, x.Deadline, x.Status, x.Currency });
                });

            migrationBuilder.CreateIndex(
                name: "IX_DocumentationRequests_Tenant_Open",
                table: "DocumentationRequests",
                columns: new[] { "TenantId", "ResolvedOn", "RespondBy" });

            // Backfill: the existing claims counted once (the same recount as ClaimCounters.RebuildSql, frozen here).
            migrationBuilder.Sql("""
                INSERT INTO "ClaimCounters" ("TenantId", "Deadline", "Status", "Currency", "Claims", "AmountUnits")
                SELECT "TenantId", "Deadline", "Status", "Currency", COUNT(*), SUM(CAST(ROUND(CAST("Amount" AS REAL) * 10000) AS INTEGER))
                FROM "Claims"
                GROUP BY "TenantId", "Deadline", "Status", "Currency"
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ClaimCounters");

            migrationBuilder.DropIndex(
                name: "IX_DocumentationRequests_Tenant_Open",
                table: "DocumentationRequests");
        }
    }
}
