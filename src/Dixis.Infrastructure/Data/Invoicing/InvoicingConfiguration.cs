using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dixis.Infrastructure.Data.Invoicing;

internal sealed class InvoiceConfiguration : IEntityTypeConfiguration<Invoice>
{
    public void Configure(EntityTypeBuilder<Invoice> b)
    {
        b.Property(i => i.Type).HasConversion<string>().HasMaxLength(30);
        b.Property(i => i.Series).HasMaxLength(50);
        b.Property(i => i.IssuerAfm).HasMaxLength(9).IsFixedLength();
        b.Property(i => i.IssuerName).HasMaxLength(200);
        b.Property(i => i.IssuerTaxOffice).HasMaxLength(100);
        b.Property(i => i.IssuerStreet).HasMaxLength(200);
        b.Property(i => i.IssuerCity).HasMaxLength(100);
        b.Property(i => i.IssuerPostalCode).HasMaxLength(5).IsFixedLength();
        b.Property(i => i.CounterpartAfm).HasMaxLength(9).IsFixedLength();
        b.Property(i => i.CounterpartName).HasMaxLength(200);
        b.Property(i => i.CounterpartTaxOffice).HasMaxLength(100);
        b.Property(i => i.CounterpartStreet).HasMaxLength(200);
        b.Property(i => i.CounterpartCity).HasMaxLength(100);
        b.Property(i => i.CounterpartPostalCode).HasMaxLength(5).IsFixedLength();
        b.Property(i => i.PaymentMethod).HasConversion<string>().HasMaxLength(30);
        b.Property(i => i.TotalNet).HasPrecision(12, 2);
        b.Property(i => i.TotalVat).HasPrecision(12, 2);
        b.Property(i => i.TotalGross).HasPrecision(12, 2);
        b.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(i => i.Uid).HasMaxLength(100);
        b.Property(i => i.QrUrl).HasMaxLength(500);
        b.Property(i => i.LastError).HasMaxLength(2000);
        b.Property(i => i.PdfBlobKey).HasMaxLength(300);
        // The database refuses a second document with the same number, whatever the numbering code does.
        b.HasIndex(i => new { i.IssuerAfm, i.Type, i.Series, i.Number }).IsUnique();
        // One sale document per order and type, whichever job issues it; a filtered index would say the same, but
        // MariaDB has none, so the key is a virtual column that is null for credit notes (nulls never collide).
        // RTRIM (a no-op on ids): MariaDB refuses to index an expression over a bare CHAR column, whose value would
        // depend on the PAD_CHAR_TO_FULL_LENGTH mode (error 1901).
        b.Property(i => i.SaleOrderId).HasComputedColumnSql("CASE WHEN RTRIM(CorrectedInvoiceId) IS NULL THEN RTRIM(OrderId) END", stored: false);
        b.HasIndex(i => new { i.SaleOrderId, i.Type }).IsUnique();
        b.HasIndex(i => i.Status);
        b.HasIndex(i => i.BuyerUserId);
        b.HasIndex(i => i.ProducerId);
        b.HasIndex(i => i.OrderId);
        b.HasIndex(i => i.CorrectedInvoiceId);
        b.HasMany(i => i.Items).WithOne().HasForeignKey(l => l.InvoiceId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class InvoiceItemConfiguration : IEntityTypeConfiguration<InvoiceItem>
{
    public void Configure(EntityTypeBuilder<InvoiceItem> b)
    {
        b.HasKey(l => new { l.InvoiceId, l.LineNumber });
        b.Property(l => l.Description).HasMaxLength(300);
        b.Property(l => l.ItemCode).HasMaxLength(50);
        b.Property(l => l.Unit).HasConversion<string>().HasMaxLength(20);
        b.Property(l => l.NetValue).HasPrecision(12, 2);
        b.Property(l => l.VatAmount).HasPrecision(12, 2);
        b.Property(l => l.VatCategory).HasConversion<int>();
        b.Property(l => l.ClassificationCategory).HasMaxLength(20);
        b.Property(l => l.ClassificationType).HasMaxLength(20);
    }
}

internal sealed class InvoiceSeriesCounterConfiguration : IEntityTypeConfiguration<InvoiceSeriesCounter>
{
    public void Configure(EntityTypeBuilder<InvoiceSeriesCounter> b)
    {
        b.HasKey(c => new { c.IssuerAfm, c.Type, c.Series });
        b.Property(c => c.IssuerAfm).HasMaxLength(9).IsFixedLength();
        b.Property(c => c.Type).HasConversion<string>().HasMaxLength(30);
        b.Property(c => c.Series).HasMaxLength(50);
    }
}
