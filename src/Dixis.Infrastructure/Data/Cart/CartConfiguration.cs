using Dixis.Infrastructure.Data.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dixis.Infrastructure.Data.Cart;

internal sealed class ShoppingCartConfiguration : IEntityTypeConfiguration<ShoppingCart>
{
    public void Configure(EntityTypeBuilder<ShoppingCart> b)
    {
        b.ToTable("Carts");
        b.Property(c => c.GuestTokenHash).HasMaxLength(64).IsFixedLength();
        b.HasIndex(c => c.UserId).IsUnique();
        b.HasIndex(c => c.GuestTokenHash).IsUnique();
        b.HasIndex(c => c.UpdatedAt);
        b.HasMany(c => c.Items).WithOne().HasForeignKey(i => i.CartId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CartItemConfiguration : IEntityTypeConfiguration<CartItem>
{
    public void Configure(EntityTypeBuilder<CartItem> b)
    {
        b.Property(i => i.PriceSeen).HasPrecision(10, 2);
        b.HasIndex(i => new { i.CartId, i.ProductId }).IsUnique();
        b.HasOne<Product>().WithMany().HasForeignKey(i => i.ProductId).OnDelete(DeleteBehavior.Cascade);
    }
}
