using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dixis.Infrastructure.Data.Gdpr;

internal sealed class ConsentRecordConfiguration : IEntityTypeConfiguration<ConsentRecord>
{
    public void Configure(EntityTypeBuilder<ConsentRecord> b)
    {
        b.ToTable("ConsentRecords");
        b.Property(c => c.AnonymousIdHash).HasMaxLength(64).IsFixedLength();
        b.Property(c => c.Purpose).HasMaxLength(20);
        b.Property(c => c.PolicyVersion).HasMaxLength(20);
        b.Property(c => c.Source).HasMaxLength(10);
        b.HasIndex(c => new { c.UserId, c.Purpose, c.RecordedAt });
        b.HasIndex(c => new { c.AnonymousIdHash, c.Purpose, c.RecordedAt });
    }
}

internal sealed class DataExportConfiguration : IEntityTypeConfiguration<DataExport>
{
    public void Configure(EntityTypeBuilder<DataExport> b)
    {
        b.ToTable("DataExports");
        b.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.BlobKey).HasMaxLength(300);
        b.HasIndex(e => e.UserId);
        b.HasIndex(e => new { e.Status, e.ExpiresAt });
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable("AuditLog");
        b.Property(a => a.ActorRole).HasMaxLength(20);
        b.Property(a => a.Action).HasMaxLength(20);
        b.Property(a => a.Resource).HasMaxLength(100);
        b.Property(a => a.SubjectType).HasMaxLength(30);
        b.Property(a => a.SubjectId).HasMaxLength(64);
        b.Property(a => a.Reason).HasMaxLength(300);
        b.Property(a => a.Request).HasMaxLength(300);
        b.HasIndex(a => a.At);
        b.HasIndex(a => new { a.SubjectUserId, a.At });
        b.HasIndex(a => new { a.SubjectType, a.SubjectId });
    }
}

internal sealed class LegalHoldConfiguration : IEntityTypeConfiguration<LegalHold>
{
    public void Configure(EntityTypeBuilder<LegalHold> b)
    {
        b.ToTable("LegalHolds");
        b.Property(h => h.Kind).HasMaxLength(20);
        b.Property(h => h.Basis).HasMaxLength(200);
        b.HasIndex(h => new { h.Kind, h.RecordId }).IsUnique();
        b.HasIndex(h => h.HeldUntil);
    }
}
