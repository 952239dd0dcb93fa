namespace Dixis.Domain.Vat;

/// <summary>Whether the buyer is a consumer or a VAT-registered business.</summary>
public enum BuyerType
{
    /// <summary>A private person (retail receipt, myDATA 11.1).</summary>
    Consumer,

    /// <summary>A business with an AFM (sales invoice, myDATA 1.1).</summary>
    Business,
}
