using Dixis.Infrastructure.Data.Producers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dixis.Infrastructure.Data.Orders;

internal sealed class CheckoutGroupConfiguration : IEntityTypeConfiguration<CheckoutGroup>
{
    public void Configure(EntityTypeBuilder<CheckoutGroup> b)
    {
        b.Property(g => g.BuyerEmail).HasMaxLength(256);
        b.Property(g => g.PaymentMethod).HasMaxLength(20);
        b.Property(g => g.Total).HasPrecision(12, 2);
        b.Property(g => g.Status).HasConversion<string>().HasMaxLength(20);
        b.HasIndex(g => new { g.Status, g.ExpiresAt });
        b.HasIndex(g => g.BuyerUserId);
        b.HasMany(g => g.Orders).WithOne().HasForeignKey(o => o.CheckoutGroupId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class OrderConfiguration : IEntityTypeConfiguration<Order>
{
    public void Configure(EntityTypeBuilder<Order> b)
    {
        b.Property(o => o.Number).HasMaxLength(32);
        b.Property(o => o.BuyerEmail).HasMaxLength(256);
        b.Property(o => o.BuyerAfm).HasMaxLength(9).IsFixedLength();
        b.Property(o => o.BuyerName).HasMaxLength(200);
        b.Property(o => o.BuyerPhone).HasMaxLength(20);
        b.Property(o => o.DeliveryStreet).HasMaxLength(200);
        b.Property(o => o.DeliveryCity).HasMaxLength(100);
        b.Property(o => o.DeliveryPostalCode).HasMaxLength(5).IsFixedLength();
        b.Property(o => o.BuyerType).HasConversion<string>().HasMaxLength(20);
        b.Property(o => o.ShippingMethod).HasConversion<string>().HasMaxLength(20);
        b.Property(o => o.ShippingZone).HasConversion<string>().HasMaxLength(20);
        b.Property(o => o.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(o => o.PaymentMethod).HasMaxLength(20);
        b.Property(o => o.Carrier).HasMaxLength(60);
        b.Property(o => o.TrackingCode).HasMaxLength(60);
        b.Property(o => o.TrackingToken).HasMaxLength(43);
        foreach (var amount in new[] { nameof(Order.GoodsGross), nameof(Order.ShippingGross), nameof(Order.CashOnDeliveryFee), nameof(Order.Net), nameof(Order.Vat), nameof(Order.Total), nameof(Order.CommissionNet) })
        {
            b.Property(amount).HasPrecision(12, 2);
        }

        b.HasIndex(o => o.Number).IsUnique();
        b.HasIndex(o => o.TrackingToken).IsUnique();
        b.HasIndex(o => new { o.ProducerId, o.Status });
        b.HasIndex(o => o.BuyerUserId);
        b.HasOne<Producer>().WithMany().HasForeignKey(o => o.ProducerId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(o => o.Lines).WithOne().HasForeignKey(l => l.OrderId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(o => o.ChargeParts).WithOne().HasForeignKey(p => p.OrderId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(o => o.History).WithOne().HasForeignKey(h => h.OrderId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class OrderLineConfiguration : IEntityTypeConfiguration<OrderLine>
{
    public void Configure(EntityTypeBuilder<OrderLine> b)
    {
        b.Property(l => l.ProductName).HasMaxLength(200);
        b.Property(l => l.CategorySlug).HasMaxLength(120);
        b.Property(l => l.VatRule).HasMaxLength(60);
        foreach (var amount in new[] { nameof(OrderLine.UnitGross), nameof(OrderLine.Net), nameof(OrderLine.Vat), nameof(OrderLine.Gross), nameof(OrderLine.CommissionNet) })
        {
            b.Property(amount).HasPrecision(12, 2);
        }

        b.HasIndex(l => l.ProductId);
    }
}

internal sealed class OrderChargePartConfiguration : IEntityTypeConfiguration<OrderChargePart>
{
    public void Configure(EntityTypeBuilder<OrderChargePart> b)
    {
        b.Property(p => p.Kind).HasConversion<string>().HasMaxLength(30);
        foreach (var amount in new[] { nameof(OrderChargePart.Net), nameof(OrderChargePart.Vat), nameof(OrderChargePart.Gross) })
        {
            b.Property(amount).HasPrecision(12, 2);
        }
    }
}

internal sealed class OrderStatusChangeConfiguration : IEntityTypeConfiguration<OrderStatusChange>
{
    public void Configure(EntityTypeBuilder<OrderStatusChange> b)
    {
        b.ToTable("OrderStatusHistory");
        b.Property(h => h.From).HasConversion<string>().HasMaxLength(20);
        b.Property(h => h.To).HasConversion<string>().HasMaxLength(20);
        b.Property(h => h.Actor).HasConversion<string>().HasMaxLength(20);
        b.Property(h => h.Note).HasMaxLength(500);
    }
}
