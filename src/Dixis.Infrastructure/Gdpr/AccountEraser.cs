using Dixis.Domain.Greek;
using Dixis.Infrastructure.Data;
using Dixis.Infrastructure.Data.Catalog;
using Dixis.Infrastructure.Data.Gdpr;
using Dixis.Infrastructure.Data.Orders;
using Dixis.Infrastructure.Data.Producers;
using Dixis.Infrastructure.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Logging;

namespace Dixis.Infrastructure.Gdpr;

/// <summary>What an erasure did, in counts (no personal data).</summary>
public sealed record ErasureOutcome(int OrdersHeld, int InvoicesHeld, int CartsDeleted, int ConsentsUnlinked, string ProducerOutcome);

/// <summary>
/// Erases a person (GDPR art. 17) in one transaction: the account with its addresses, roles, logins and tokens,
/// carts, exports and the link of their consents. Orders and the documents issued for them stay under a legal hold
/// with the buyer pseudonymised (the issued documents themselves unchanged). A producer business with sales is
/// anonymised and its products withdrawn; one without is deleted. Afterwards the catalogue cache is dropped and the
/// search index follows through the outbox.
/// </summary>
public sealed class AccountEraser(DixisDbContext db, IBlobStorage blobs, HybridCache cache, GdprOptions options, TimeProvider clock, ILogger<AccountEraser> logger)
{
    public async Task<ErasureOutcome?> EraseAsync(Guid userId, CancellationToken ct)
    {
        var orphanedBlobs = new List<string>();
        var strategy = db.Database.CreateExecutionStrategy();
        var outcome = await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            orphanedBlobs.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var user = await db.Users.Include(u => u.Addresses).SingleOrDefaultAsync(u => u.Id == userId, ct);
            if (user is null)
            {
                return null;
            }

            var now = clock.GetUtcNow();
            // Guest orders placed with the same e-mail are about the same person (Identity keeps the upper-case form).
            var email = user.NormalizedEmail;
#pragma warning disable CA1304, CA1311, CA1862 // translated to SQL UPPER(), where no culture applies
            var orders = await db.Orders
                .Where(o => o.BuyerUserId == userId || (o.BuyerUserId == null && email != null && o.BuyerEmail.ToUpper() == email))
                .ToListAsync(ct);
#pragma warning restore CA1304, CA1311, CA1862
            foreach (var order in orders)
            {
                PseudonymiseBuyer(order);
                Hold(LegalHoldKinds.Order, order.Id, order.TaxDate, now);
            }

            var groupIds = orders.Select(o => o.CheckoutGroupId).Distinct().ToList();
            foreach (var group in await db.CheckoutGroups.Where(g => g.BuyerUserId == userId || groupIds.Contains(g.Id)).ToListAsync(ct))
            {
                group.BuyerUserId = null;
                group.BuyerEmail = Pseudonyms.Email(group.Id);
            }

            // Issued documents stay exactly as issued (and as transmitted to myDATA); only the link to the account goes.
            var invoices = await db.Invoices.Where(i => i.BuyerUserId == userId).ToListAsync(ct);
            foreach (var invoice in invoices)
            {
                invoice.BuyerUserId = null;
                Hold(LegalHoldKinds.Invoice, invoice.Id, invoice.IssueDate, now);
            }

            var carts = await db.Carts.Where(c => c.UserId == userId).ToListAsync(ct);
            db.Carts.RemoveRange(carts);

            var consents = await db.ConsentRecords.Where(c => c.UserId == userId).ToListAsync(ct);
            foreach (var consent in consents)
            {
                consent.UserId = null;
                consent.AnonymousIdHash = null;
            }

            var exports = await db.DataExports.Where(e => e.UserId == userId).ToListAsync(ct);
            orphanedBlobs.AddRange(exports.Where(e => e.BlobKey is not null).Select(e => e.BlobKey!));
            db.DataExports.RemoveRange(exports);

            var producerOutcome = await EraseProducerAsync(userId, orphanedBlobs, ct);

            db.AuditLog.Add(new AuditEntry
            {
                At = now,
                ActorUserId = userId,
                ActorRole = "self",
                Action = AuditActions.Erase,
                Resource = "me.erase",
                SubjectType = "user",
                SubjectId = userId.ToString(),
                SubjectUserId = userId,
                Reason = $"GDPR art. 17: erased at the person's request; {orders.Count} orders and {invoices.Count} documents kept under legal hold",
            });
            // Addresses are loaded, roles, claims, logins and tokens cascade in the database.
            db.Users.Remove(user);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return new ErasureOutcome(orders.Count, invoices.Count, carts.Count, consents.Count, producerOutcome);
        });

        if (outcome is null)
        {
            return null;
        }

        foreach (var key in orphanedBlobs)
        {
            await blobs.DeleteAsync(key, ct);
        }

        // Producer pages and product pages are cached under this tag on every replica (Redis).
        await cache.RemoveByTagAsync("catalog", ct);
        logger.LogInformation("Account {UserId} erased: {OrdersHeld} orders and {InvoicesHeld} documents held, {Carts} carts deleted, producer {Producer}",
            userId, outcome.OrdersHeld, outcome.InvoicesHeld, outcome.CartsDeleted, outcome.ProducerOutcome);
        return outcome;
    }

    private static void PseudonymiseBuyer(Order order)
    {
        order.BuyerUserId = null;
        order.BuyerEmail = Pseudonyms.Email(order.Id);
        order.BuyerName = Pseudonyms.BuyerName;
        order.BuyerPhone = null;
        order.DeliveryStreet = Pseudonyms.Removed;
        order.DeliveryCity = Pseudonyms.Removed;
        // The postal code stays: it decided the VAT rate and shipping zone the kept documents show. The tracking link goes.
        order.TrackingToken = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    private void Hold(string kind, Guid recordId, DateOnly taxDate, DateTimeOffset now) =>
        db.LegalHolds.Add(new LegalHold
        {
            Kind = kind,
            RecordId = recordId,
            HeldUntil = LegalRetention.TaxRecordsKeptUntil(taxDate, options.TaxRetentionYears),
            Basis = LegalRetention.TaxBasis,
            CreatedAt = now,
        });

    private async Task<string> EraseProducerAsync(Guid userId, List<string> orphanedBlobs, CancellationToken ct)
    {
        var producer = await db.Producers.Include(p => p.Documents).Include(p => p.Products).ThenInclude(p => p.Images)
            .SingleOrDefaultAsync(p => p.OwnerUserId == userId, ct);
        if (producer is null)
        {
            return "none";
        }

        orphanedBlobs.AddRange(producer.Documents.Select(d => d.BlobKey));
        orphanedBlobs.AddRange(producer.Products.SelectMany(p => p.Images).Select(i => i.BlobKey));
        db.ProducerDocuments.RemoveRange(producer.Documents);
        var hasRecords = await db.Orders.AnyAsync(o => o.ProducerId == producer.Id, ct)
            || await db.Invoices.AnyAsync(i => i.ProducerId == producer.Id, ct)
            || await db.Settlements.AnyAsync(s => s.ProducerId == producer.Id, ct);
        if (!hasRecords)
        {
            db.Producers.Remove(producer);
            return "deleted";
        }

        // Orders, settlements and documents refer to the producer: the row stays, with nothing left that names a person.
        producer.OwnerUserId = null;
        producer.BusinessName = $"{Pseudonyms.ProducerName} {producer.Id.ToString("N")[..8]}";
        producer.Slug = $"former-producer-{producer.Id:N}";
        producer.Description = "";
        producer.Street = Pseudonyms.Removed;
        producer.City = Pseudonyms.Removed;
        producer.Iban = null;
        producer.Afm = "000000000";
        producer.RejectionReason = null;
        producer.Status = ProducerStatus.Suspended;
        foreach (var product in producer.Products)
        {
            product.Approval = ApprovalStatus.Rejected;
            product.RejectionReason = "withdrawn: producer account erased";
            product.Description = "";
            db.ProductImages.RemoveRange(product.Images);
        }

        return "anonymised";
    }
}
