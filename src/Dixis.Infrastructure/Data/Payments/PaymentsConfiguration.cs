using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dixis.Infrastructure.Data.Payments;

internal sealed class PaymentConfiguration : IEntityTypeConfiguration<Payment>
{
    public void Configure(EntityTypeBuilder<Payment> b)
    {
        b.Property(p => p.Provider).HasMaxLength(20);
        b.Property(p => p.State).HasConversion<string>().HasMaxLength(20);
        b.Property(p => p.Reason).HasMaxLength(40);
        b.Property(p => p.Description).HasMaxLength(200);
        b.Property(p => p.ReturnUrl).HasMaxLength(500);
        b.Property(p => p.RedirectUrl).HasMaxLength(500);
        b.Property(p => p.ProviderOrderCode).HasMaxLength(64);
        b.Property(p => p.ProviderTransactionId).HasMaxLength(64);
        b.Property(p => p.Version).IsConcurrencyToken();
        // A second attempt created at the same moment for the same group fails here instead of doubling up.
        b.HasIndex(p => new { p.CheckoutGroupId, p.Attempt }).IsUnique();
        b.HasIndex(p => new { p.Provider, p.ProviderOrderCode }).IsUnique();
        b.HasIndex(p => new { p.Provider, p.DecidedAt });
        b.HasIndex(p => new { p.State, p.CreatedAt });
    }
}

internal sealed class PaymentEventLogEntryConfiguration : IEntityTypeConfiguration<PaymentEventLogEntry>
{
    public void Configure(EntityTypeBuilder<PaymentEventLogEntry> b)
    {
        b.ToTable("PaymentEvents");
        b.Property(e => e.Provider).HasMaxLength(20);
        b.Property(e => e.EventId).HasMaxLength(100);
        b.Property(e => e.Kind).HasMaxLength(20);
        b.Property(e => e.OrderCode).HasMaxLength(64);
        b.Property(e => e.TransactionId).HasMaxLength(64);
        b.Property(e => e.PayloadHash).HasMaxLength(64).IsFixedLength();
        b.Property(e => e.Outcome).HasMaxLength(40);
        // A replay is a second row with the same provider and event id: the database refuses it.
        b.HasIndex(e => new { e.Provider, e.EventId }).IsUnique();
        b.HasIndex(e => new { e.Outcome, e.ReceivedAt });
        b.HasIndex(e => e.PaymentId);
    }
}

internal sealed class PaymentGroupCaptureConfiguration : IEntityTypeConfiguration<PaymentGroupCapture>
{
    public void Configure(EntityTypeBuilder<PaymentGroupCapture> b) => b.HasKey(c => c.CheckoutGroupId);
}

internal sealed class PaymentProviderProbeConfiguration : IEntityTypeConfiguration<PaymentProviderProbe>
{
    public void Configure(EntityTypeBuilder<PaymentProviderProbe> b)
    {
        b.HasKey(p => p.Provider);
        b.Property(p => p.Provider).HasMaxLength(20);
        b.Property(p => p.Detail).HasMaxLength(200);
    }
}

internal sealed class SandboxTransactionConfiguration : IEntityTypeConfiguration<SandboxTransaction>
{
    public void Configure(EntityTypeBuilder<SandboxTransaction> b)
    {
        b.Property(t => t.OrderCode).HasMaxLength(64);
        b.Property(t => t.Status).HasMaxLength(20);
        b.HasIndex(t => t.OrderCode);
    }
}
