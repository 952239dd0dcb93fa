using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Dixis.Infrastructure.Invoicing.MyData;

/// <summary>
/// SendInvoices of the myDATA REST API: <c>POST {BaseUrl}/SendInvoices</c> with headers <c>aade-user-id</c> and
/// <c>Ocp-Apim-Subscription-Key</c>, body an <c>InvoicesDoc</c>, answer a <c>ResponseDoc</c> with one
/// <c>response</c> per document. Anything but an HTTP success with a readable ResponseDoc is
/// <see cref="MyDataUnavailableException"/> (retryable).
/// </summary>
public sealed class MyDataClient(HttpClient http, MyDataOptions options)
{
    public bool IsConfigured => options.IsConfigured;

    public async Task<IReadOnlyList<MyDataResponse>> SendInvoicesAsync(XDocument invoicesDoc, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(invoicesDoc);
        if (!options.IsConfigured)
        {
            throw new InvalidOperationException("myDATA is not configured (MyData:UserId and MyData:SubscriptionKey).");
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(options.BaseUrl.TrimEnd('/') + "/SendInvoices"));
        request.Headers.Add("aade-user-id", options.UserId);
        request.Headers.Add("Ocp-Apim-Subscription-Key", options.SubscriptionKey);
        request.Content = new StringContent(Serialize(invoicesDoc), Encoding.UTF8, "application/xml");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/xml"));

        string body;
        try
        {
            using var response = await http.SendAsync(request, ct);
            body = await response.Content.ReadAsStringAsync(ct);
            if (!response.IsSuccessStatusCode)
            {
                throw new MyDataUnavailableException($"myDATA answered HTTP {(int)response.StatusCode}.");
            }
        }
        catch (HttpRequestException e)
        {
            throw new MyDataUnavailableException("myDATA could not be reached: " + e.Message, e);
        }
        catch (TaskCanceledException e) when (!ct.IsCancellationRequested)
        {
            throw new MyDataUnavailableException("myDATA did not answer in time.", e);
        }

        return Parse(body);
    }

    /// <summary>Reads a ResponseDoc (elements matched by local name: AADE sends it without a namespace).</summary>
    public static IReadOnlyList<MyDataResponse> Parse(string body)
    {
        XDocument doc;
        try
        {
            doc = XDocument.Parse(body);
        }
        catch (XmlException e)
        {
            throw new MyDataUnavailableException("myDATA's answer is not XML.", e);
        }

        if (doc.Root?.Name.LocalName != "ResponseDoc")
        {
            throw new MyDataUnavailableException($"myDATA's answer is a {doc.Root?.Name.LocalName}, not a ResponseDoc.");
        }

        return doc.Root.Elements().Where(e => e.Name.LocalName == "response").Select((r, i) => new MyDataResponse(
            int.TryParse(Child(r, "index"), CultureInfo.InvariantCulture, out var index) ? index : i + 1,
            Child(r, "statusCode") ?? "",
            Child(r, "invoiceUid"),
            long.TryParse(Child(r, "invoiceMark"), CultureInfo.InvariantCulture, out var mark) ? mark : null,
            Child(r, "qrUrl"),
            r.Elements().Where(e => e.Name.LocalName == "errors").Elements().Where(e => e.Name.LocalName == "error")
                .Select(e => new MyDataError(Child(e, "code") ?? "", Child(e, "message") ?? "")).ToArray())).ToArray();
    }

    private static string? Child(XElement parent, string name) => parent.Elements().FirstOrDefault(e => e.Name.LocalName == name)?.Value.Trim();

    private static string Serialize(XDocument doc)
    {
        using var writer = new Utf8StringWriter();
        doc.Save(writer, SaveOptions.DisableFormatting);
        return writer.ToString();
    }

    private sealed class Utf8StringWriter : StringWriter
    {
        public Utf8StringWriter()
            : base(CultureInfo.InvariantCulture)
        {
        }

        public override Encoding Encoding => Encoding.UTF8;
    }
}
