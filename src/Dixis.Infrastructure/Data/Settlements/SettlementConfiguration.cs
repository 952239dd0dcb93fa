using Dixis.Infrastructure.Data.Producers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dixis.Infrastructure.Data.Settlements;

internal sealed class SettlementConfiguration : IEntityTypeConfiguration<Settlement>
{
    public void Configure(EntityTypeBuilder<Settlement> b)
    {
        foreach (var amount in new[] { nameof(Settlement.Sales), nameof(Settlement.CommissionNet), nameof(Settlement.CommissionVat), nameof(Settlement.Payout) })
        {
            b.Property(amount).HasPrecision(12, 2);
        }

        // One statement per producer and month, whoever runs the job and however often.
        b.HasIndex(s => new { s.ProducerId, s.Month }).IsUnique();
        b.HasIndex(s => s.Month);
        b.HasOne<Producer>().WithMany().HasForeignKey(s => s.ProducerId).OnDelete(DeleteBehavior.Restrict);
    }
}
