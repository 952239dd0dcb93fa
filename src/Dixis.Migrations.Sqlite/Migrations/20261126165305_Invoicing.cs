using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dixis.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Invoicing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Invoices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Series = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Number = table.Column<long>(type: "INTEGER", nullable: false),
                    IssueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    IssuedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    IssuerAfm = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 9, nullable: false),
                    IssuerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IssuerTaxOffice = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    IssuerStreet = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IssuerCity = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    IssuerPostalCode = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 5, nullable: false),
                    IssuerBranch = table.Column<int>(type: "INTEGER", nullable: false),
                    CounterpartAfm = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 9, nullable: true),
                    CounterpartName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CounterpartTaxOffice = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CounterpartStreet = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CounterpartCity = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CounterpartPostalCode = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 5, nullable: true),
                    CounterpartBranch = table.Column<int>(type: "INTEGER", nullable: true),
                    PaymentMethod = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    TotalNet = table.Column<double>(type: "REAL", precision: 12, scale: 2, nullable: false),
                    TotalVat = table.Column<double>(type: "REAL", precision: 12, scale: 2, nullable: false),
                    TotalGross = table.Column<double>(type: "REAL", precision: 12, scale: 2, nullable: false),
                    CorrectedInvoiceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ProducerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    BuyerUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CheckoutId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SettlementId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Mark = table.Column<long>(type: "INTEGER", nullable: true),
                    Uid = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    QrUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    TransmittedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    TransmissionAttempts = table.Column<int>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    TransmissionClaimedUntil = table.Column<long>(type: "INTEGER", nullable: true),
                    PdfBlobKey = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Invoices", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "InvoiceSeriesCounters",
                columns: table => new
                {
                    IssuerAfm = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 9, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Series = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    LastNumber = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InvoiceSeriesCounters", x => new { x.IssuerAfm, x.Type, x.Series });
                });

            migrationBuilder.CreateTable(
                name: "InvoiceItems",
                columns: table => new
                {
                    InvoiceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LineNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ItemCode = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Quantity = table.Column<double>(type: "REAL", precision: 12, scale: 3, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    NetValue = table.Column<double>(type: "REAL", precision: 12, scale: 2, nullable: false),
                    VatCategory = table.Column<int>(type: "INTEGER", nullable: false),
                    VatAmount = table.Column<double>(type: "REAL", precision: 12, scale: 2, nullable: false),
                    VatExemptionCategory = table.Column<int>(type: "INTEGER", nullable: true),
                    ClassificationCategory = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ClassificationType = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InvoiceItems", x => new { x.InvoiceId, x.LineNumber });
                    table.ForeignKey(
                        name: "FK_InvoiceItems_Invoices_InvoiceId",
                        column: x => x.InvoiceId,
                        principalTable: "Invoices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Invoices_BuyerUserId",
                table: "Invoices",
                column: "BuyerUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Invoices_CorrectedInvoiceId",
                table: "Invoices",
                column: "CorrectedInvoiceId");

            migrationBuilder.CreateIndex(
                name: "IX_Invoices_IssuerAfm_Type_Series_Number",
                table: "Invoices",
                columns: new[] { "IssuerAfm", "Type", "Series", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Invoices_OrderId",
                table: "Invoices",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_Invoices_ProducerId",
                table: "Invoices",
                column: "ProducerId");

            migrationBuilder.CreateIndex(
                name: "IX_Invoices_Status",
                table: "Invoices",
                column: "Status");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "InvoiceItems");

            migrationBuilder.DropTable(
                name: "InvoiceSeriesCounters");

            migrationBuilder.DropTable(
                name: "Invoices");
        }
    }
}
