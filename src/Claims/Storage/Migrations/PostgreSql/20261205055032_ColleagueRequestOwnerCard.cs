using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopAssistant.Claims.Storage.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class ColleagueRequestOwnerCard : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "OwnerCardActivityId",
                table: "ColleagueRequests",
                type: "character varying(512)",
                maxLength: 512,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OwnerCardConversationId",
                table: "ColleagueRequests",
                type: "character varying(512)",
                maxLength: 512,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OwnerCardServiceUrl",
                table: "ColleagueRequests",
                type: "character varying(2048)",
                maxLength: 2048,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "OwnerCardActivityId",
                table: "ColleagueRequests");

            migrationBuilder.DropColumn(
                name: "OwnerCardConversationId",
                table: "ColleagueRequests");

            migrationBuilder.DropColumn(
                name: "OwnerCardServiceUrl",
                table: "ColleagueRequests");
        }
    }
}
