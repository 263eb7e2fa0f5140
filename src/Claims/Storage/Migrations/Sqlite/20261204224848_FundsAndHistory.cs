using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopAssistant.Claims.Storage.Migrations.Sqlite
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
                type: "TEXT",
                precision: 18,
                scale: 4,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ApprovedOn",
                table: "Claims",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "DisputedOn",
                table: "Claims",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "FundId",
                table: "Claims",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "PaidAmount",
                table: "Claims",
                type: "TEXT",
                precision: 18,
                scale: 4,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "PaidOn",
                table: "Claims",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PartnerCenterClaimId",
                table: "Claims",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "RejectedOn",
                table: "Claims",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RejectionReason",
                table: "Claims",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Surface",
                table: "Claims",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "ClaimHistory",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ClaimId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClaimVersion = table.Column<long>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    ActorObjectId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Action = table.Column<int>(type: "INTEGER", nullable: false),
                    Changes = table.Column<string>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    SourceLink = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: true),
                    SourceDate = table.Column<long>(type: "INTEGER", nullable: true)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Program = table.Column<int>(type: "INTEGER", nullable: false),
                    Location = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UsageStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    UsageEnd = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ClaimDeadline = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    PreparingCents = table.Column<long>(type: "INTEGER", nullable: false),
                    SubmittedCents = table.Column<long>(type: "INTEGER", nullable: false),
                    ApprovedCents = table.Column<long>(type: "INTEGER", nullable: false),
                    PaidCents = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedByObjectId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Funds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FundAlerts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    FundId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Milestone = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RecipientObjectId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ClaimedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: true)
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
