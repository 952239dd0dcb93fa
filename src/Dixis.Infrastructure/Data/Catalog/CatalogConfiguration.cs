using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dixis.Infrastructure.Data.Catalog;

internal sealed class CategoryConfiguration : IEntityTypeConfiguration<Category>
{
    public void Configure(EntityTypeBuilder<Category> b)
    {
        b.Property(c => c.Slug).HasMaxLength(120);
        b.Property(c => c.NameEl).HasMaxLength(120);
        b.Property(c => c.NameEn).HasMaxLength(120);
        b.HasIndex(c => c.Slug).IsUnique();
    }
}

internal sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> b)
    {
        b.Property(p => p.Name).HasMaxLength(200);
        b.Property(p => p.Slug).HasMaxLength(220);
        b.Property(p => p.Description).HasMaxLength(4000);
        b.Property(p => p.Ingredients).HasMaxLength(2000);
        b.Property(p => p.Origin).HasMaxLength(200);
        b.Property(p => p.Storage).HasMaxLength(500);
        b.Property(p => p.RejectionReason).HasMaxLength(500);
        b.Property(p => p.Price).HasPrecision(10, 2);
        b.Property(p => p.VatRateClass).HasConversion<string>().HasMaxLength(20);
        b.Property(p => p.Approval).HasConversion<string>().HasMaxLength(20);
        b.Property(p => p.QualityLabel).HasConversion<string>().HasMaxLength(10);
        b.Property(p => p.Unit).HasConversion<string>().HasMaxLength(10);
        b.HasIndex(p => p.Slug).IsUnique();
        b.HasIndex(p => new { p.Approval, p.CategoryId });
        b.HasOne(p => p.Producer).WithMany(p => p.Products).HasForeignKey(p => p.ProducerId);
        b.HasOne(p => p.Category).WithMany(c => c.Products).HasForeignKey(p => p.CategoryId);
        b.HasMany(p => p.Images).WithOne().HasForeignKey(i => i.ProductId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ProductImageConfiguration : IEntityTypeConfiguration<ProductImage>
{
    public void Configure(EntityTypeBuilder<ProductImage> b)
    {
        b.Property(i => i.BlobKey).HasMaxLength(300);
        b.Property(i => i.ContentType).HasMaxLength(100);
        b.Property(i => i.Alt).HasMaxLength(200);
    }
}

internal sealed class IslandReferenceConfiguration : IEntityTypeConfiguration<IslandReference>
{
    public void Configure(EntityTypeBuilder<IslandReference> b)
    {
        b.HasKey(i => i.Key);
        b.Property(i => i.Key).HasMaxLength(40);
        b.Property(i => i.Name).HasMaxLength(100);
        b.Property(i => i.Prefecture).HasMaxLength(100);
        b.Property(i => i.Region).HasMaxLength(100);
        b.Property(i => i.ShippingZone).HasMaxLength(20);
        b.Property(i => i.PostalCodes).HasMaxLength(1000);
    }
}
