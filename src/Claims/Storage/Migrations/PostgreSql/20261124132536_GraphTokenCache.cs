using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopAssistant.Claims.Storage.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class GraphTokenCache : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "SourceCheckedAt",
                table: "EvidenceItems",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceState",
                table: "EvidenceItems",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "GraphTokenCache",
                columns: table => new
                {
                    CacheKey = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Value = table.Column<byte[]>(type: "bytea", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GraphTokenCache", x => x.CacheKey);
                });

            migrationBuilder.CreateTable(
                name: "TokenExchanges",
                columns: table => new
                {
                    ExchangeId = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TokenExchanges", x => x.ExchangeId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TokenExchanges_ExpiresAt",
                table: "TokenExchanges",
                column: "ExpiresAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "GraphTokenCache");

            migrationBuilder.DropTable(
                name: "TokenExchanges");

            migrationBuilder.DropColumn(
                name: "SourceCheckedAt",
                table: "EvidenceItems");

            migrationBuilder.DropColumn(
                name: "SourceState",
                table: "EvidenceItems");
        }
    }
}
