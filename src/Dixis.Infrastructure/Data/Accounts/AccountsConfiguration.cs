using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dixis.Infrastructure.Data.Accounts;

internal sealed class DixisUserConfiguration : IEntityTypeConfiguration<DixisUser>
{
    public void Configure(EntityTypeBuilder<DixisUser> b)
    {
        b.Property(u => u.DisplayName).HasMaxLength(120);
        b.Property(u => u.Afm).HasMaxLength(9);
        b.Property(u => u.PreferredCulture).HasMaxLength(10);
        b.HasMany(u => u.Addresses).WithOne().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AddressConfiguration : IEntityTypeConfiguration<Address>
{
    public void Configure(EntityTypeBuilder<Address> b)
    {
        b.Property(a => a.Label).HasMaxLength(60);
        b.Property(a => a.FullName).HasMaxLength(120);
        b.Property(a => a.Street).HasMaxLength(200);
        b.Property(a => a.City).HasMaxLength(100);
        b.Property(a => a.PostalCode).HasMaxLength(5);
        b.Property(a => a.Phone).HasMaxLength(20);
    }
}
