using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopAssistant.Claims.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class GraphTokenCache : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "SourceCheckedAt",
                table: "EvidenceItems",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceState",
                table: "EvidenceItems",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "GraphTokenCache",
                columns: table => new
                {
                    CacheKey = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Value = table.Column<byte[]>(type: "BLOB", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GraphTokenCache", x => x.CacheKey);
                });

            migrationBuilder.CreateTable(
                name: "TokenExchanges",
                columns: table => new
                {
                    ExchangeId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false)
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
