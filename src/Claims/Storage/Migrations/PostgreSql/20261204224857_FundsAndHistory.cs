using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopAssistant.Claims.Storage.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class FundsAndHistory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<decimal>(
                name: "ApprovedAmount",
                table: "Claims",
                type: "numeric(18,4)",
                precision: 18,
                scale: 4,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ApprovedOn",
                table: "Claims",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "DisputedOn",
                table: "Claims",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "FundId",
                table: "Claims",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "PaidAmount",
                table: "Claims",
                type: "numeric(18,4)",
                precision: 18,
                scale: 4,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "PaidOn",
                table: "Claims",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PartnerCenterClaimId",
                table: "Claims",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "RejectedOn",
                table: "Claims",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RejectionReason",
                table: "Claims",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Surface",
                table: "Claims",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "ClaimHistory",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ClaimId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClaimVersion = table.Column<long>(type: "bigint", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ActorObjectId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ActorName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Action = table.Column<int>(type: "integer", nullable: false),
                    Changes = table.Column<string>(type: "text", nullable: false),
                    Note = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    SourceLink = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: true),
                    SourceDate = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClaimHistory", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ClaimHistory_Claims_ClaimId",
                        column: x => x.ClaimId,
                        principalTable: "Claims",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Funds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Program = table.Column<int>(type: "integer", nullable: false),
                    Location = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UsageStart = table.Column<DateOnly>(type: "date", nullable: false),
                    UsageEnd = table.Column<DateOnly>(type: "date", nullable: false),
                    ClaimDeadline = table.Column<DateOnly>(type: "date", nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    Currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    PreparingCents = table.Column<long>(type: "bigint", nullable: false),
                    SubmittedCents = table.Column<long>(type: "bigint", nullable: false),
                    ApprovedCents = table.Column<long>(type: "bigint", nullable: false),
                    PaidCents = table.Column<long>(type: "bigint", nullable: false),
                    CreatedByObjectId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Funds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FundAlerts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    FundId = table.Column<Guid>(type: "uuid", nullable: false),
                    Milestone = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    RecipientObjectId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ClaimedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FundAlerts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FundAlerts_Funds_FundId",
                        column: x => x.FundId,
                        principalTable: "Funds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Claims_FundId",
                table: "Claims",
                column: "FundId");

            migrationBuilder.CreateIndex(
                name: "IX_Claims_Tenant_Fund_Status",
                table: "Claims",
                columns: new[] { "TenantId", "FundId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ClaimHistory_ClaimId",
                table: "ClaimHistory",
                column: "ClaimId");

            migrationBuilder.CreateIndex(
                name: "UX_ClaimHistory_Claim_Version",
                table: "ClaimHistory",
                columns: new[] { "TenantId", "ClaimId", "ClaimVersion" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "UX_FundAlerts_Once",
                table: "FundAlerts",
                columns: new[] { "FundId", "Milestone", "RecipientObjectId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Funds_Tenant_Deadline",
                table: "Funds",
                columns: new[] { "TenantId", "ClaimDeadline" });

            migrationBuilder.CreateIndex(
                name: "UX_Funds_NaturalKey",
                table: "Funds",
                columns: new[] { "TenantId", "Program", "Location", "UsageStart", "UsageEnd", "Currency" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_Claims_Funds_FundId",
                table: "Claims",
                column: "FundId",
                principalTable: "Funds",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Claims_Funds_FundId",
                table: "Claims");

            migrationBuilder.DropTable(
                name: "ClaimHistory");

            migrationBuilder.DropTable(
                name: "FundAlerts");

            migrationBuilder.DropTable(
                name: "Funds");

            migrationBuilder.DropIndex(
                name: "IX_Claims_FundId",
                table: "Claims");

            migrationBuilder.DropIndex(
                name: "IX_Claims_Tenant_Fund_Status",
                table: "Claims");

            migrationBuilder.DropColumn(
                name: "ApprovedAmount",
                table: "Claims");

            migrationBuilder.DropColumn(
                name: "ApprovedOn",
                table: "Claims");

            migrationBuilder.DropColumn(
                name: "DisputedOn",
                table: "Claims");

            migrationBuilder.DropColumn(
                name: "FundId",
                table: "Claims");

            migrationBuilder.DropColumn(
                name: "PaidAmount",
                table: "Claims");

            migrationBuilder.DropColumn(
                name: "PaidOn",
                table: "Claims");

            migrationBuilder.DropColumn(
                name: "PartnerCenterClaimId",
                table: "Claims");

            migrationBuilder.DropColumn(
                name: "RejectedOn",
                table: "Claims");

            migrationBuilder.DropColumn(
                name: "RejectionReason",
                table: "Claims");

            migrationBuilder.DropColumn(
                name: "Surface",
                table: "Claims");
        }
    }
}
