namespace Dixis.Infrastructure.Invoicing.MyData;

/// <summary>One <c>response</c> of myDATA's <c>ResponseDoc</c>: the outcome of one document of the request.</summary>
/// <param name="Index">1-based position of the document in the request.</param>
/// <param name="StatusCode"><c>Success</c>, <c>ValidationError</c>, <c>TechnicalError</c> or <c>XMLSyntaxError</c>.</param>
/// <param name="InvoiceUid">myDATA's document id, on success.</param>
/// <param name="InvoiceMark">The MARK, on success.</param>
/// <param name="QrUrl">Address to encode in the document's QR code, on success.</param>
/// <param name="Errors">Codes and messages, on failure.</param>
public sealed record MyDataResponse(int Index, string StatusCode, string? InvoiceUid, long? InvoiceMark, string? QrUrl, IReadOnlyList<MyDataError> Errors)
{
    public const string Success = "Success";
    public const string ValidationError = "ValidationError";
    public const string TechnicalError = "TechnicalError";
    public const string XmlSyntaxError = "XMLSyntaxError";

    public bool Accepted => StatusCode == Success && InvoiceMark is not null;

    /// <summary>Errors that trying again cannot fix (the document or its XML is wrong).</summary>
    public bool Refused => StatusCode is ValidationError or XmlSyntaxError;
}

/// <summary>An error of a myDATA response.</summary>
public sealed record MyDataError(string Code, string Message)
{
    public override string ToString() => $"{Code}: {Message}";
}

/// <summary>myDATA could not be reached or answered with a technical failure; the job retries later.</summary>
public sealed class MyDataUnavailableException : Exception
{
    public MyDataUnavailableException()
    {
    }

    public MyDataUnavailableException(string message)
        : base(message)
    {
    }

    public MyDataUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
