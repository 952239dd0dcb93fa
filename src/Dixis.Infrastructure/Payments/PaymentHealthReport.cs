using Dixis.Domain.Payments;
using Dixis.Infrastructure.Data;
using Dixis.Infrastructure.Data.Payments;
using Microsoft.EntityFrameworkCore;

namespace Dixis.Infrastructure.Payments;

/// <summary>The last reachability probe of a provider.</summary>
public sealed record PaymentProbeView(DateTimeOffset At, bool Ok, string Detail);

/// <summary>Attempts decided in the last 15 minutes; the ratio is succeeded / (succeeded + declined + failed), null without any.</summary>
public sealed record PaymentSuccessWindow(int Succeeded, int Declined, int Failed, int Cancelled, double? SuccessRatio);

/// <summary>One provider in <c>/api/v1/payment/health</c>.</summary>
/// <param name="Provider">sandbox, viva or cod.</param>
/// <param name="Configured">Every setting it needs is present.</param>
/// <param name="LastProbe">The last reachability probe (made now when older than 10 minutes).</param>
/// <param name="Last15Minutes">Attempts decided in the last 15 minutes.</param>
/// <param name="WebhooksAwaiting">Notifications recorded but not processed yet (e.g. the provider could not be asked to verify them).</param>
/// <param name="OldestAwaitingSeconds">Age of the oldest of those, or null.</param>
/// <param name="DuplicatesNotRefunded">Second captures of a paid checkout whose automatic refund has not gone through yet.</param>
public sealed record PaymentProviderHealth(
    string Provider,
    bool Configured,
    PaymentProbeView? LastProbe,
    PaymentSuccessWindow Last15Minutes,
    int WebhooksAwaiting,
    double? OldestAwaitingSeconds,
    int DuplicatesNotRefunded);

/// <summary>The whole report: <c>Healthy</c>, <c>Degraded</c> (a probe failed, notifications wait too long, a duplicate is not refunded) or <c>Unhealthy</c> (the card gateway is not configured).</summary>
public sealed record PaymentHealth(string Status, string Gateway, bool CashOnDelivery, long CashOnDeliveryFeeCents, IReadOnlyList<PaymentProviderHealth> Providers);

/// <summary>Builds the payment health report and runs the providers' reachability probes.</summary>
public sealed class PaymentHealthReport(DixisDbContext db, PaymentGateways gateways, PaymentsOptions options, TimeProvider clock)
{
    /// <summary>A probe older than this is made again when the report is asked for.</summary>
    public static readonly TimeSpan ProbeMaxAge = TimeSpan.FromMinutes(10);

    /// <summary>Notifications waiting longer than this make the report Degraded.</summary>
    public static readonly TimeSpan AwaitingTooLong = TimeSpan.FromMinutes(15);

    public async Task<PaymentHealth> BuildAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var since = now - TimeSpan.FromMinutes(15);
        var providers = new List<PaymentProviderHealth>();
        foreach (var provider in gateways.Enabled())
        {
            var gateway = gateways.For(provider);
            var probe = await db.PaymentProviderProbes.AsNoTracking().SingleOrDefaultAsync(p => p.Provider == provider, ct);
            if (gateway.IsConfigured && (probe is null || now - probe.CheckedAt > ProbeMaxAge))
            {
                probe = await ProbeAsync(gateway, ct);
            }

            var decided = await db.Payments.AsNoTracking()
                .Where(p => p.Provider == provider && p.DecidedAt != null && p.DecidedAt >= since && !p.DuplicateCapture)
                .GroupBy(p => new { p.State, p.Reason })
                .Select(g => new { g.Key.State, g.Key.Reason, Count = g.Count() })
                .ToListAsync(ct);
            var succeeded = decided.Where(d => PaymentStateMachine.IsPaid(d.State)).Sum(d => d.Count);
            var declined = decided.Where(d => d.State == PaymentState.Failed && d.Reason == PaymentReasons.Declined).Sum(d => d.Count);
            var failed = decided.Where(d => d.State == PaymentState.Failed && d.Reason != PaymentReasons.Declined).Sum(d => d.Count);
            var cancelled = decided.Where(d => d.State == PaymentState.Cancelled).Sum(d => d.Count);
            var tried = succeeded + declined + failed;

            var awaiting = await db.PaymentEvents.AsNoTracking()
                .Where(e => e.Provider == provider && e.Outcome == PaymentEventOutcomes.Pending && !e.EventId.StartsWith(PaymentEventProcessor.CommandPrefix))
                .Select(e => e.ReceivedAt).ToListAsync(ct);
            var duplicates = await db.Payments.CountAsync(p => p.Provider == provider && p.DuplicateCapture && p.State == PaymentState.Captured, ct);
            providers.Add(new PaymentProviderHealth(provider, gateway.IsConfigured,
                probe is null ? null : new PaymentProbeView(probe.CheckedAt, probe.Ok, probe.Detail),
                new PaymentSuccessWindow(succeeded, declined, failed, cancelled, tried == 0 ? null : Math.Round((double)succeeded / tried, 4)),
                awaiting.Count, awaiting.Count == 0 ? null : Math.Round((now - awaiting.Min()).TotalSeconds, 1), duplicates));
        }

        var card = providers[0];
        var status = !card.Configured ? "Unhealthy"
            : providers.Exists(p => p.LastProbe is { Ok: false } || p.DuplicatesNotRefunded > 0 || p.OldestAwaitingSeconds > AwaitingTooLong.TotalSeconds) ? "Degraded"
            : "Healthy";
        return new PaymentHealth(status, options.Gateway, options.CashOnDeliveryEnabled, options.CashOnDeliveryFeeCents, providers);
    }

    /// <summary>Probes every enabled, configured provider and stores the results.</summary>
    public async Task ProbeAllAsync(CancellationToken ct)
    {
        foreach (var provider in gateways.Enabled())
        {
            var gateway = gateways.For(provider);
            if (gateway.IsConfigured)
            {
                await ProbeAsync(gateway, ct);
            }
        }
    }

    private async Task<PaymentProviderProbe> ProbeAsync(IPaymentGateway gateway, CancellationToken ct)
    {
        GatewayProbe result;
        try
        {
            result = await gateway.ProbeAsync(ct);
        }
        catch (PaymentProviderException e)
        {
            result = new GatewayProbe(false, e.Message);
        }

        var detail = result.Detail.Length > 200 ? result.Detail[..200] : result.Detail;
        var probe = await db.PaymentProviderProbes.SingleOrDefaultAsync(p => p.Provider == gateway.Provider, ct);
        if (probe is null)
        {
            probe = new PaymentProviderProbe { Provider = gateway.Provider };
            db.PaymentProviderProbes.Add(probe);
        }

        probe.CheckedAt = clock.GetUtcNow();
        probe.Ok = result.Ok;
        probe.Detail = detail;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another replica stored its probe at the same moment; either result will do.
        }

        db.Entry(probe).State = EntityState.Detached;
        return probe;
    }
}
