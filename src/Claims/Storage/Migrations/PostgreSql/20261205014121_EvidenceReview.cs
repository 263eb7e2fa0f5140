using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopAssistant.Claims.Storage.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class EvidenceReview : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ClaimReviews",
                columns: table => new
                {
                    ClaimId = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RequestedInputs = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RequestedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReviewedInputs = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ReviewedIdentity = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ReviewedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    OpenBlocking = table.Column<int>(type: "integer", nullable: false),
                    OpenWarnings = table.Column<int>(type: "integer", nullable: false),
                    OpenNotes = table.Column<int>(type: "integer", nullable: false),
                    Report = table.Column<string>(type: "text", nullable: true),
                    Revision = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClaimReviews", x => x.ClaimId);
                    table.ForeignKey(
                        name: "FK_ClaimReviews_Claims_ClaimId",
                        column: x => x.ClaimId,
                        principalTable: "Claims",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PartnerIdentities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Value = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Normalized = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    UpdatedByObjectId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartnerIdentities", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReviewedDocumentKeys",
                columns: table => new
                {
                    EvidenceId = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ClaimId = table.Column<Guid>(type: "uuid", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    InvoiceKey = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewedDocumentKeys", x => x.EvidenceId);
                    table.ForeignKey(
                        name: "FK_ReviewedDocumentKeys_Claims_ClaimId",
                        column: x => x.ClaimId,
                        principalTable: "Claims",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FindingAcceptances",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ClaimId = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    EvidenceId = table.Column<Guid>(type: "uuid", nullable: true),
                    AcceptedByObjectId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    AcceptedByName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ByAdministrator = table.Column<bool>(type: "boolean", nullable: false),
                    AcceptedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FindingAcceptances", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FindingAcceptances_ClaimReviews_ClaimId",
                        column: x => x.ClaimId,
                        principalTable: "ClaimReviews",
                        principalColumn: "ClaimId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FindingAcceptances_ClaimId",
                table: "FindingAcceptances",
                column: "ClaimId");

            migrationBuilder.CreateIndex(
                name: "IX_PartnerIdentities_TenantId_Kind_Normalized",
                table: "PartnerIdentities",
                columns: new[] { "TenantId", "Kind", "Normalized" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReviewedDocumentKeys_ClaimId",
                table: "ReviewedDocumentKeys",
                column: "ClaimId");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewedDocumentKeys_TenantId_InvoiceKey",
                table: "ReviewedDocumentKeys",
                columns: new[] { "TenantId", "InvoiceKey" });

            migrationBuilder.CreateIndex(
                name: "IX_ReviewedDocumentKeys_TenantId_Sha256",
                table: "ReviewedDocumentKeys",
                columns: new[] { "TenantId", "Sha256" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FindingAcceptances");

            migrationBuilder.DropTable(
                name: "PartnerIdentities");

            migrationBuilder.DropTable(
                name: "ReviewedDocumentKeys");

            migrationBuilder.DropTable(
                name: "ClaimReviews");
        }
    }
}
