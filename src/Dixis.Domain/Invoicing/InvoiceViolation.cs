namespace Dixis.Domain.Invoicing;

/// <summary>One rule a document breaks.</summary>
/// <param name="Code">Stable code from <see cref="InvoiceViolations"/>.</param>
/// <param name="Message">English explanation for logs and developers (documents are never shown half-valid to buyers).</param>
/// <param name="LineNumber">The 1-based line concerned, or null for the whole document.</param>
public sealed record InvoiceViolation(string Code, string Message, int? LineNumber = null)
{
    public override string ToString() => LineNumber is null ? $"{Code}: {Message}" : $"{Code} (line {LineNumber}): {Message}";
}

/// <summary>Stable violation codes of <see cref="InvoiceRules"/>.</summary>
public static class InvoiceViolations
{
    public const string IssuerAfm = "issuer-afm";
    public const string IssuerDetails = "issuer-details";
    public const string CounterpartRequired = "counterpart-required";
    public const string CounterpartNotAllowed = "counterpart-not-allowed";
    public const string CounterpartAfm = "counterpart-afm";
    public const string CounterpartDetails = "counterpart-details";
    public const string CounterpartIsIssuer = "counterpart-is-issuer";
    public const string Series = "series";
    public const string Number = "number";
    public const string IssueDate = "issue-date";
    public const string Type = "type";
    public const string PaymentMethod = "payment-method";
    public const string NoLines = "no-lines";
    public const string LineDescription = "line-description";
    public const string LineQuantity = "line-quantity";
    public const string LineAmount = "line-amount";
    public const string LineVatCategory = "line-vat-category";
    public const string LineVatAmount = "line-vat-amount";
    public const string LineExemption = "line-exemption";
    public const string LineClassification = "line-classification";
    public const string Totals = "totals";
    public const string CorrelationRequired = "correlation-required";
    public const string CorrelationNotAllowed = "correlation-not-allowed";
    public const string CorrelationType = "correlation-type";
    public const string CorrelationMark = "correlation-mark";
}
