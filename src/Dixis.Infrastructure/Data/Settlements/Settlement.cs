namespace Dixis.Infrastructure.Data.Settlements;

/// <summary>A producer's monthly statement: what Dixis collected on its behalf, the commission, and the payout.</summary>
public sealed class Settlement
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ProducerId { get; set; }

    /// <summary>First day of the settled month (Europe/Athens dates).</summary>
    public DateOnly Month { get; set; }

    public int Orders { get; set; }

    /// <summary>Gross collected for the producer's orders (goods, shipping, fees).</summary>
    public decimal Sales { get; set; }

    public decimal CommissionNet { get; set; }

    public decimal CommissionVat { get; set; }

    /// <summary>Sales minus the commission with its VAT.</summary>
    public decimal Payout { get; set; }

    /// <summary>The commission invoice Dixis issued to the producer, once issued.</summary>
    public Guid? CommissionInvoiceId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
