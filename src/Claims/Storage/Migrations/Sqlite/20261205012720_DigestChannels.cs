using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopAssistant.Claims.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DigestChannels : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DigestChannels",
                columns: table => new
                {
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ConversationId = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    ServiceUrl = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: false),
                    BotId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ChannelId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ConversationType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    TeamId = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    Locale = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    ChosenByObjectId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ChosenAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DigestChannels", x => x.TenantId);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DigestChannels");
        }
    }
}
