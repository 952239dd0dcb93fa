using Dixis.Infrastructure.Data.Accounts;
using Dixis.Infrastructure.Data.Cart;
using Dixis.Infrastructure.Data.Catalog;
using Dixis.Infrastructure.Data.Gdpr;
using Dixis.Infrastructure.Data.Invoicing;
using Dixis.Infrastructure.Data.Orders;
using Dixis.Infrastructure.Data.Payments;
using Dixis.Infrastructure.Data.Producers;
using Dixis.Infrastructure.Data.Settlements;
using Dixis.Infrastructure.Search.Outbox;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Dixis.Infrastructure.Data;

/// <summary>The Dixis database: Identity plus the marketplace, on SQLite (embedded) or MariaDB (production).</summary>
public sealed class DixisDbContext(DbContextOptions<DixisDbContext> options)
    : IdentityDbContext<DixisUser, IdentityRole<Guid>, Guid>(options)
{
    private readonly bool _isSqlite = options.Extensions.Any(e => e.GetType().Name.StartsWith("Sqlite", StringComparison.Ordinal));

    public DbSet<Category> Categories => Set<Category>();

    public DbSet<Product> Products => Set<Product>();

    public DbSet<ProductImage> ProductImages => Set<ProductImage>();

    public DbSet<Producer> Producers => Set<Producer>();

    public DbSet<ProducerDocument> ProducerDocuments => Set<ProducerDocument>();

    public DbSet<Address> Addresses => Set<Address>();

    public DbSet<IslandReference> Islands => Set<IslandReference>();

    public DbSet<ShoppingCart> Carts => Set<ShoppingCart>();

    public DbSet<CartItem> CartItems => Set<CartItem>();

    public DbSet<CheckoutGroup> CheckoutGroups => Set<CheckoutGroup>();

    public DbSet<Order> Orders => Set<Order>();

    public DbSet<OrderLine> OrderLines => Set<OrderLine>();

    public DbSet<OrderStatusChange> OrderStatusHistory => Set<OrderStatusChange>();

    public DbSet<Settlement> Settlements => Set<Settlement>();

    /// <summary>Product changes waiting for the search index (written with the change, see <see cref="SearchOutboxInterceptor"/>).</summary>
    public DbSet<SearchOutboxEntry> SearchOutbox => Set<SearchOutboxEntry>();

    /// <summary>Issued receipts, invoices and credit notes (see docs/invoicing.md).</summary>
    public DbSet<Invoice> Invoices => Set<Invoice>();

    public DbSet<InvoiceItem> InvoiceItems => Set<InvoiceItem>();

    /// <summary>Last number per issuer, document type and series.</summary>
    public DbSet<InvoiceSeriesCounter> InvoiceSeriesCounters => Set<InvoiceSeriesCounter>();

    // Payments (docs/payments.md).
    public DbSet<Payment> Payments => Set<Payment>();

    /// <summary>Every provider notification and payment command, unique per provider and event id.</summary>
    public DbSet<PaymentEventLogEntry> PaymentEvents => Set<PaymentEventLogEntry>();

    public DbSet<PaymentGroupCapture> PaymentGroupCaptures => Set<PaymentGroupCapture>();

    public DbSet<PaymentProviderProbe> PaymentProviderProbes => Set<PaymentProviderProbe>();

    public DbSet<SandboxTransaction> SandboxTransactions => Set<SandboxTransaction>();

    // GDPR (docs/privacy.md).
    public DbSet<ConsentRecord> ConsentRecords => Set<ConsentRecord>();

    public DbSet<DataExport> DataExports => Set<DataExport>();

    /// <summary>Append-only record of staff access to personal data and of data-subject requests.</summary>
    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();

    public DbSet<LegalHold> LegalHolds => Set<LegalHold>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        configurationBuilder.Properties<decimal>().HavePrecision(12, 3);
        if (_isSqlite)
        {
            // SQLite has no decimal or offset type: it cannot compare or sort them in SQL. Doubles hold every
            // amount we store (two or three decimals, far below 2^53) exactly enough to round-trip; arithmetic
            // always happens in C# decimals. Offsets are stored as UTC ticks so they sort.
            configurationBuilder.Properties<decimal>().HaveConversion<double>();
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        if (!_isSqlite)
        {
            // utf8mb4 holds every Greek character; unicode_ci compares Greek case- and accent-insensitively.
            builder.HasCharSet("utf8mb4").UseCollation("utf8mb4_unicode_ci");
        }

        builder.ApplyConfigurationsFromAssembly(typeof(DixisDbContext).Assembly);
    }
}
