using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopAssistant.Claims.Storage.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class BackgroundWork : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CTag",
                table: "EvidenceItems",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "BackgroundWork",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Payload = table.Column<string>(type: "text", nullable: false),
                    IdempotencyKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    TenantId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    State = table.Column<int>(type: "integer", nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LeasedBy = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    LeaseExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    FinishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastError = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BackgroundWork", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BackgroundWork_Due_Pending",
                table: "BackgroundWork",
                column: "DueAt",
                filter: "\"State\" = 0");

            migrationBuilder.CreateIndex(
                name: "IX_BackgroundWork_FinishedAt",
                table: "BackgroundWork",
                column: "FinishedAt");

            migrationBuilder.CreateIndex(
                name: "IX_BackgroundWork_IdempotencyKey",
                table: "BackgroundWork",
                column: "IdempotencyKey",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BackgroundWork");

            migrationBuilder.DropColumn(
                name: "CTag",
                table: "EvidenceItems");
        }
    }
}
