using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopAssistant.Claims.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Claims_Tenant_Deadline",
                table: "Claims");

            migrationBuilder.CreateIndex(
                name: "IX_Claims_Tenant_Deadline",
                table: "Claims",
                columns: new[] { "TenantId", "Deadline", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Claims_Tenant_Deadline",
                table: "Claims");

            migrationBuilder.CreateIndex(
                name: "IX_Claims_Tenant_Deadline",
                table: "Claims",
                columns: new[] { "TenantId", "Deadline" });
        }
    }
}
