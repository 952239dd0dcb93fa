using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dixis.Migrations.MySql.Migrations
{
    /// <inheritdoc />
    public partial class OneSaleDocumentPerOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "SaleOrderId",
                table: "Invoices",
                type: "char(36)",
                nullable: true,
                computedColumnSql: "CASE WHEN RTRIM(CorrectedInvoiceId) IS NULL THEN RTRIM(OrderId) END",
                stored: false,
                collation: "ascii_general_ci");

            migrationBuilder.CreateIndex(
                name: "IX_Invoices_SaleOrderId_Type",
                table: "Invoices",
                columns: new[] { "SaleOrderId", "Type" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Invoices_SaleOrderId_Type",
                table: "Invoices");

            migrationBuilder.DropColumn(
                name: "SaleOrderId",
                table: "Invoices");
        }
    }
}
