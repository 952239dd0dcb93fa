using Dixis.Domain.Orders;
using Dixis.Infrastructure.Data;
using Dixis.Infrastructure.Data.Catalog;
using Dixis.Infrastructure.Data.Orders;
using Dixis.Infrastructure.Jobs;
using Dixis.Infrastructure.Mail;
using Dixis.Infrastructure.Search.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Dixis.Infrastructure.Orders;

/// <summary>
/// Moves orders through their lifecycle: checks the transition and the actor, writes the history, gives stock back on
/// cancellation, and mails the buyer (queue <c>general</c>) once the change is committed.
/// </summary>
public sealed class OrderLifecycle(DixisDbContext db, TimeProvider clock, JobEnqueuer jobs, MailTemplates mail, ILogger<OrderLifecycle> logger)
{
    /// <summary>
    /// Moves the orders to <paramref name="to"/> in one transaction. Orders already there are left alone (so a
    /// repeated payment event changes nothing); returns false when any order cannot make the move (nothing changes).
    /// </summary>
    public async Task<bool> MoveAsync(IReadOnlyList<Guid> orderIds, OrderStatus to, OrderActor actor, Guid? byUserId, string? note, Action<Order>? alsoChange, CancellationToken ct)
    {
        var moved = new List<Order>();
        var ok = await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            moved.Clear();
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var orders = await db.Orders.Include(o => o.Lines).Where(o => orderIds.Contains(o.Id)).ToListAsync(ct);
            if (orders.Count != orderIds.Count)
            {
                return false;
            }

            var applied = await ApplyAsync(orders, to, actor, byUserId, note, alsoChange, ct);
            if (applied is null)
            {
                return false;
            }

            moved.AddRange(applied);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return true;
        });

        if (ok)
        {
            foreach (var order in moved)
            {
                logger.LogInformation("Order {OrderNumber} moved to {Status} by {Actor}", order.Number, to, actor);
                NotifyBuyer(order);
            }
        }

        return ok;
    }

    /// <summary>
    /// Moves tracked <paramref name="orders"/> (with their lines) without saving, for callers that own the
    /// transaction (the payment outcome handler). Returns the orders that changed, or null when any cannot move.
    /// </summary>
    public async Task<List<Order>?> ApplyAsync(IReadOnlyList<Order> orders, OrderStatus to, OrderActor actor, Guid? byUserId, string? note, Action<Order>? alsoChange, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var changing = orders.Where(o => o.Status != to).ToList();
        if (changing.Any(o => !OrderTransitions.CanMove(o.Status, to, actor)))
        {
            return null;
        }

        foreach (var order in changing)
        {
            db.OrderStatusHistory.Add(new OrderStatusChange { OrderId = order.Id, From = order.Status, To = to, Actor = actor, ByUserId = byUserId, Note = note, At = now });
            order.Status = to;
            order.UpdatedAt = now;
            alsoChange?.Invoke(order);
            if (to == OrderStatus.Cancelled)
            {
                await ReleaseStockAsync(order, now, ct);
            }
        }

        return changing;
    }

    /// <summary>Queues the buyer's mail: the confirmation with the lines once confirmed, "your order is now …" after that.</summary>
    public void NotifyBuyer(Order order)
    {
        if (order.Status == OrderStatus.Confirmed)
        {
            var lines = order.Lines.Select(l => new MailOrderLine(l.ProductName, l.Quantity, l.Gross)).ToList();
            var confirmation = mail.OrderConfirmation(
                $"order-{order.Id}-confirmed", order.BuyerEmail, new OrderConfirmationModel(order.Number, order.BuyerName, lines, order.Total, OrderLinks.TrackingPath(order)));
            jobs.Enqueue<SendMailJob>(JobQueues.General, j => j.SendAsync(confirmation, CancellationToken.None));
            return;
        }

        var model = new OrderStatusModel(order.Number, order.BuyerName, StatusText(order.Status), order.Carrier, order.TrackingCode, OrderLinks.TrackingPath(order));
        var message = mail.OrderStatusChanged($"order-{order.Id}-{order.Status}", order.BuyerEmail, model);
        jobs.Enqueue<SendMailJob>(JobQueues.General, j => j.SendAsync(message, CancellationToken.None));
    }

    /// <summary>The Greek name of a status, as mails and pages show it.</summary>
    public static string StatusText(OrderStatus status) => status switch
    {
        OrderStatus.Pending => "σε αναμονή πληρωμής",
        OrderStatus.Confirmed => "επιβεβαιώθηκε",
        OrderStatus.Processing => "ετοιμάζεται",
        OrderStatus.Shipped => "απεστάλη",
        OrderStatus.Delivered => "παραδόθηκε",
        OrderStatus.Cancelled => "ακυρώθηκε",
        _ => status.ToString(),
    };

    private async Task ReleaseStockAsync(Order order, DateTimeOffset now, CancellationToken ct)
    {
        foreach (var line in order.Lines)
        {
            await StockReservations.ReleaseAsync(db, line.ProductId, line.Quantity, ct);

            // A bulk UPDATE bypasses the outbox interceptor: record the stock change for the search index here.
            db.SearchOutbox.Add(new SearchOutboxEntry { ProductId = line.ProductId, Operation = SearchOutboxOperation.Upsert, CreatedAt = now });
        }
    }
}
