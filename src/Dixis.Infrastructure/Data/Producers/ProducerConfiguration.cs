using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dixis.Infrastructure.Data.Producers;

internal sealed class ProducerConfiguration : IEntityTypeConfiguration<Producer>
{
    public void Configure(EntityTypeBuilder<Producer> b)
    {
        b.Property(p => p.Slug).HasMaxLength(160);
        b.Property(p => p.BusinessName).HasMaxLength(200);
        b.Property(p => p.Afm).HasMaxLength(9).IsFixedLength();
        b.Property(p => p.TaxOffice).HasMaxLength(100);
        b.Property(p => p.Iban).HasMaxLength(34);
        b.Property(p => p.Description).HasMaxLength(4000);
        b.Property(p => p.Street).HasMaxLength(200);
        b.Property(p => p.City).HasMaxLength(100);
        b.Property(p => p.PostalCode).HasMaxLength(5).IsFixedLength();
        b.Property(p => p.StockPostalCode).HasMaxLength(5).IsFixedLength();
        b.Property(p => p.Region).HasMaxLength(100);
        b.Property(p => p.Prefecture).HasMaxLength(100);
        b.Property(p => p.Island).HasMaxLength(100);
        b.Property(p => p.RejectionReason).HasMaxLength(500);
        b.Property(p => p.FreeShippingThreshold).HasPrecision(10, 2);
        b.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        b.HasIndex(p => p.Slug).IsUnique();
        b.HasIndex(p => p.OwnerUserId);
        b.HasMany(p => p.Documents).WithOne().HasForeignKey(d => d.ProducerId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ProducerDocumentConfiguration : IEntityTypeConfiguration<ProducerDocument>
{
    public void Configure(EntityTypeBuilder<ProducerDocument> b)
    {
        b.Property(d => d.Kind).HasMaxLength(50);
        b.Property(d => d.FileName).HasMaxLength(200);
        b.Property(d => d.BlobKey).HasMaxLength(300);
        b.Property(d => d.ContentType).HasMaxLength(100);
    }
}
