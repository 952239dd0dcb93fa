namespace Dixis.Infrastructure.Data.Invoicing;

/// <summary>Where a document stands with AADE myDATA.</summary>
public enum InvoiceStatus
{
    /// <summary>Issued and numbered, not yet accepted (or AADE credentials are not configured).</summary>
    Pending,

    /// <summary>Accepted by myDATA: MARK, UID and QR are stored.</summary>
    Transmitted,

    /// <summary>myDATA refused it (validation error): retrying cannot help, an accountant must look.</summary>
    Rejected,

    /// <summary>The last attempt failed technically (network, 5xx, TechnicalError); the job retries.</summary>
    Failed,
}
