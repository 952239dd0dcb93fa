using System.Net;
using System.Text;
using Dixis.Domain.Payments;
using Dixis.Domain.Pricing;
using Dixis.Infrastructure.Data.Payments;

namespace Dixis.Api.Features.Payments;

/// <summary>
/// The sandbox payment page in Greek: plain HTML with a stylesheet and three forms, no script at all (the CSP
/// forbids inline script, and a payment page needs none). Every value from the database is HTML-encoded.
/// </summary>
internal static class SandboxPage
{
    public const string Css = """
        body { font-family: system-ui, sans-serif; background: #f6f4ef; color: #222; margin: 0; }
        main { max-width: 28rem; margin: 3rem auto; background: #fff; padding: 2rem; border-radius: .75rem; box-shadow: 0 1px 4px rgba(0,0,0,.12); }
        h1 { font-size: 1.4rem; margin-top: 0; }
        .note { background: #fff7d6; border: 1px solid #e8d27a; padding: .5rem .75rem; border-radius: .4rem; font-size: .9rem; }
        dl { display: grid; grid-template-columns: auto 1fr; gap: .4rem 1rem; }
        dt { color: #666; }
        dd { margin: 0; font-weight: 600; }
        form { margin: .6rem 0; }
        button { width: 100%; padding: .8rem; font-size: 1rem; border-radius: .4rem; border: 1px solid #999; background: #fff; cursor: pointer; }
        button.pay { background: #2f6b2f; color: #fff; border-color: #2f6b2f; }
        button.decline { border-color: #a33; color: #a33; }
        a { color: #2f6b2f; }
        """;

    /// <summary>The page for an open payment: pay, decline or cancel.</summary>
    public static string Open(Payment payment)
    {
        var amount = Money.FromCents(payment.AmountCents).Format();
        var id = payment.Id.ToString("D");
        var body = new StringBuilder()
            .Append("<p class=\"note\">Περιβάλλον δοκιμών (sandbox): καμία κάρτα δεν χρεώνεται.</p>")
            .Append("<dl><dt>Περιγραφή</dt><dd>").Append(E(payment.Description)).Append("</dd>")
            .Append("<dt>Ποσό</dt><dd>").Append(E(amount)).Append("</dd>")
            .Append("<dt>Κωδικός</dt><dd>").Append(E(payment.ProviderOrderCode ?? "")).Append("</dd></dl>")
            .Append(Form(id, "success", "pay", "Πληρωμή " + amount))
            .Append(Form(id, "decline", "decline", "Απόρριψη από την τράπεζα"))
            .Append(Form(id, "cancel", "cancel", "Ακύρωση και επιστροφή στο κατάστημα"));
        return Document("Δοκιμαστική πληρωμή", body.ToString());
    }

    /// <summary>The page for a payment that is no longer open, with the way back to the shop.</summary>
    public static string Closed(Payment payment, string returnUrl)
    {
        var body = $"<p>Η πληρωμή αυτή έχει ήδη {E(StateText(payment.State))}.</p><p><a href=\"{E(returnUrl)}\">Επιστροφή στο κατάστημα</a></p>";
        return Document("Η πληρωμή έχει ολοκληρωθεί", body);
    }

    /// <summary>The word for the shop's return URL that matches a closed payment's state.</summary>
    public static string Result(PaymentState state) => state switch
    {
        PaymentState.Failed => Infrastructure.Payments.ReturnUrls.Declined,
        PaymentState.Cancelled => Infrastructure.Payments.ReturnUrls.Cancelled,
        PaymentState.Pending or PaymentState.Authorised => Infrastructure.Payments.ReturnUrls.Pending,
        _ => Infrastructure.Payments.ReturnUrls.Success,
    };

    /// <summary>The page's own CSP: the site's, with the shop's origin allowed as a form target (browsers check redirects after a form post).</summary>
    public static string ContentSecurityPolicy(string returnUrl)
    {
        var policy = ServiceDefaults.SecurityHeadersMiddleware.ContentSecurityPolicy;
        return Uri.TryCreate(returnUrl, UriKind.Absolute, out var uri)
            ? policy.Replace("form-action 'self'", $"form-action 'self' {uri.GetLeftPart(UriPartial.Authority)}", StringComparison.Ordinal)
            : policy;
    }

    private static string StateText(PaymentState state) => state switch
    {
        PaymentState.Captured or PaymentState.Authorised => "πληρωθεί",
        PaymentState.Failed => "απορριφθεί",
        PaymentState.Cancelled => "ακυρωθεί",
        PaymentState.Refunded or PaymentState.PartiallyRefunded => "πληρωθεί και επιστραφεί",
        _ => "κλείσει",
    };

    private static string Form(string id, string choice, string css, string label) =>
        $"<form method=\"post\" action=\"{id}/{choice}\"><button type=\"submit\" class=\"{css}\">{E(label)}</button></form>";

    private static string Document(string title, string body) =>
        "<!DOCTYPE html><html lang=\"el\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">" +
        $"<meta name=\"robots\" content=\"noindex\"><title>{E(title)} – Dixis</title><link rel=\"stylesheet\" href=\"page.css\"></head>" +
        $"<body><main><h1>{E(title)}</h1>{body}</main></body></html>";

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
