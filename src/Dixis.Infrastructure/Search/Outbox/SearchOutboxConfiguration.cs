using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dixis.Infrastructure.Search.Outbox;

internal sealed class SearchOutboxConfiguration : IEntityTypeConfiguration<SearchOutboxEntry>
{
    public void Configure(EntityTypeBuilder<SearchOutboxEntry> b)
    {
        b.ToTable("SearchOutbox");
        b.HasKey(e => e.Id);
        b.Property(e => e.Operation).HasConversion<string>().HasMaxLength(10);
        // The processor reads pending rows in order: (ProcessedAt IS NULL, Id).
        b.HasIndex(e => new { e.ProcessedAt, e.Id });
    }
}
