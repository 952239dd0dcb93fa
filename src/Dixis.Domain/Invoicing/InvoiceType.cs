namespace Dixis.Domain.Invoicing;

/// <summary>The myDATA document types Dixis issues (codes in <see cref="InvoiceTypes"/>).</summary>
public enum InvoiceType
{
    /// <summary>11.1 Απόδειξη Λιανικής Πώλησης: goods sold to a consumer; no counterpart.</summary>
    RetailReceipt,

    /// <summary>1.1 Τιμολόγιο Πώλησης: goods sold to a Greek business; counterpart AFM and address required.</summary>
    SalesInvoice,

    /// <summary>2.1 Τιμολόγιο Παροχής Υπηρεσιών: a service to a business, such as Dixis's commission to a producer.</summary>
    ServiceInvoice,

    /// <summary>5.1 Πιστωτικό Τιμολόγιο / Συσχετιζόμενο: refund against a 1.1 or 2.1, correlated to its MARK.</summary>
    CreditNote,

    /// <summary>11.4 Πιστωτικό Στοιχείο Λιανικής: refund against an 11.1 receipt; no counterpart.</summary>
    RetailCreditNote,
}
