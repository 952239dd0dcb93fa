using Dixis.Domain.Invoicing;

namespace Dixis.Infrastructure.Invoicing;

/// <summary>A draft broke <see cref="InvoiceRules"/>: nothing was stored and no number was used.</summary>
public sealed class InvalidInvoiceException : Exception
{
    public InvalidInvoiceException(IReadOnlyList<InvoiceViolation> violations)
        : base("The document breaks the invoicing rules: " + string.Join("; ", violations))
    {
        Violations = violations;
    }

    public InvalidInvoiceException()
        : this([])
    {
    }

    public InvalidInvoiceException(string message)
        : base(message)
    {
        Violations = [];
    }

    public InvalidInvoiceException(string message, Exception innerException)
        : base(message, innerException)
    {
        Violations = [];
    }

    public IReadOnlyList<InvoiceViolation> Violations { get; }
}
