using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dixis.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Orders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Carts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    GuestTokenHash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Carts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CheckoutGroups",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    BuyerUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    BuyerEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    PaymentMethod = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Total = table.Column<double>(type: "REAL", precision: 12, scale: 2, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CheckoutGroups", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CartItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CartId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProductId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    PriceSeen = table.Column<double>(type: "REAL", precision: 10, scale: 2, nullable: false),
                    AddedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CartItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CartItems_Carts_CartId",
                        column: x => x.CartId,
                        principalTable: "Carts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CartItems_Products_ProductId",
                        column: x => x.ProductId,
                        principalTable: "Products",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Orders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CheckoutGroupId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProducerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BuyerUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    BuyerEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    BuyerType = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    BuyerAfm = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 9, nullable: true),
                    BuyerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    BuyerPhone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    DeliveryStreet = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DeliveryCity = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DeliveryPostalCode = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 5, nullable: false),
                    ShippingMethod = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ShippingZone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    WeightGrams = table.Column<int>(type: "INTEGER", nullable: false),
                    GoodsGross = table.Column<double>(type: "REAL", precision: 12, scale: 2, nullable: false),
                    ShippingGross = table.Column<double>(type: "REAL", precision: 12, scale: 2, nullable: false),
                    CashOnDeliveryFee = table.Column<double>(type: "REAL", precision: 12, scale: 2, nullable: false),
                    Net = table.Column<double>(type: "REAL", precision: 12, scale: 2, nullable: false),
                    Vat = table.Column<double>(type: "REAL", precision: 12, scale: 2, nullable: false),
                    Total = table.Column<double>(type: "REAL", precision: 12, scale: 2, nullable: false),
                    CommissionNet = table.Column<double>(type: "REAL", precision: 12, scale: 2, nullable: false),
                    PaymentMethod = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Carrier = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    TrackingCode = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    TrackingToken = table.Column<string>(type: "TEXT", maxLength: 43, nullable: false),
                    TaxDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    InvoiceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Orders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Orders_CheckoutGroups_CheckoutGroupId",
                        column: x => x.CheckoutGroupId,
                        principalTable: "CheckoutGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Orders_Producers_ProducerId",
                        column: x => x.ProducerId,
                        principalTable: "Producers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OrderChargePart",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    VatPercent = table.Column<int>(type: "INTEGER", nullable: false),
                    VatCategory = table.Column<int>(type: "INTEGER", nullable: false),
                    Net = table.Column<double>(type: "REAL", precision: 12, scale: 2, nullable: false),
                    Vat = table.Column<double>(type: "REAL", precision: 12, scale: 2, nullable: false),
                    Gross = table.Column<double>(type: "REAL", precision: 12, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrderChargePart", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OrderChargePart_Orders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "Orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OrderLines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProductId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProductName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CategorySlug = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitGross = table.Column<double>(type: "REAL", precision: 12, scale: 2, nullable: false),
                    Net = table.Column<double>(type: "REAL", precision: 12, scale: 2, nullable: false),
                    Vat = table.Column<double>(type: "REAL", precision: 12, scale: 2, nullable: false),
                    Gross = table.Column<double>(type: "REAL", precision: 12, scale: 2, nullable: false),
                    VatPercent = table.Column<int>(type: "INTEGER", nullable: false),
                    VatCategory = table.Column<int>(type: "INTEGER", nullable: false),
                    VatRule = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    CommissionNet = table.Column<double>(type: "REAL", precision: 12, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrderLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OrderLines_Orders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "Orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OrderStatusHistory",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    To = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrderStatusHistory", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OrderStatusHistory_Orders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "Orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CartItems_CartId_ProductId",
                table: "CartItems",
                columns: new[] { "CartId", "ProductId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CartItems_ProductId",
                table: "CartItems",
                column: "ProductId");

            migrationBuilder.CreateIndex(
                name: "IX_Carts_GuestTokenHash",
                table: "Carts",
                column: "GuestTokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Carts_UpdatedAt",
                table: "Carts",
                column: "UpdatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Carts_UserId",
                table: "Carts",
                column: "UserId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CheckoutGroups_BuyerUserId",
                table: "CheckoutGroups",
                column: "BuyerUserId");

            migrationBuilder.CreateIndex(
                name: "IX_CheckoutGroups_Status_ExpiresAt",
                table: "CheckoutGroups",
                columns: new[] { "Status", "ExpiresAt" });

            migrationBuilder.CreateIndex(
                name: "IX_OrderChargePart_OrderId",
                table: "OrderChargePart",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_OrderLines_OrderId",
                table: "OrderLines",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_OrderLines_ProductId",
                table: "OrderLines",
                column: "ProductId");

            migrationBuilder.CreateIndex(
                name: "IX_Orders_BuyerUserId",
                table: "Orders",
                column: "BuyerUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Orders_CheckoutGroupId",
                table: "Orders",
                column: "CheckoutGroupId");

            migrationBuilder.CreateIndex(
                name: "IX_Orders_Number",
                table: "Orders",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Orders_ProducerId_Status",
                table: "Orders",
                columns: new[] { "ProducerId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Orders_TrackingToken",
                table: "Orders",
                column: "TrackingToken",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OrderStatusHistory_OrderId",
                table: "OrderStatusHistory",
                column: "OrderId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CartItems");

            migrationBuilder.DropTable(
                name: "OrderChargePart");

            migrationBuilder.DropTable(
                name: "OrderLines");

            migrationBuilder.DropTable(
                name: "OrderStatusHistory");

            migrationBuilder.DropTable(
                name: "Carts");

            migrationBuilder.DropTable(
                name: "Orders");

            migrationBuilder.DropTable(
                name: "CheckoutGroups");
        }
    }
}
