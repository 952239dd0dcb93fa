using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Dixis.Domain.Greek;

namespace Dixis.Infrastructure.Mail;

/// <summary>
/// Greek mail, as HTML and plain text. Every value is HTML-encoded; links are absolute, built from
/// <see cref="MailOptions.PublicBaseUrl"/>.
/// </summary>
public sealed class MailTemplates(MailOptions options)
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);
    private static readonly CultureInfo Greek = CultureInfo.GetCultureInfo("el-GR");

    public OutgoingMail OrderConfirmation(string id, string to, OrderConfirmationModel m)
    {
        var rows = new StringBuilder();
        var text = new StringBuilder();
        foreach (var line in m.Lines)
        {
            rows.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(line.Product)}</td><td>{line.Quantity}</td><td>{Eur(line.Total)}</td></tr>");
            text.AppendLine(CultureInfo.InvariantCulture, $"- {line.Product} × {line.Quantity}: {Eur(line.Total)}");
        }

        var link = Link(m.TrackingPath);
        return Mail(id, to, m.CustomerName, $"Επιβεβαίωση παραγγελίας {m.OrderNumber}",
            $"<p>Γεια σας {E(m.CustomerName)},</p><p>Λάβαμε την παραγγελία σας <strong>{E(m.OrderNumber)}</strong>.</p>"
            + $"<table><tr><th>Προϊόν</th><th>Ποσότητα</th><th>Σύνολο</th></tr>{rows}</table>"
            + $"<p>Σύνολο: <strong>{Eur(m.Total)}</strong> (με ΦΠΑ)</p><p><a href=\"{E(link)}\">Παρακολούθηση παραγγελίας</a></p>",
            $"Γεια σας {m.CustomerName},\n\nΛάβαμε την παραγγελία σας {m.OrderNumber}.\n\n{text}\nΣύνολο: {Eur(m.Total)} (με ΦΠΑ)\n\nΠαρακολούθηση: {link}\n");
    }

    public OutgoingMail OrderStatusChanged(string id, string to, OrderStatusModel m)
    {
        var tracking = m.TrackingCode is null ? "" : $"{m.Carrier} {m.TrackingCode}";
        var link = Link(m.TrackingPath);
        return Mail(id, to, m.CustomerName, $"Η παραγγελία {m.OrderNumber}: {m.Status}",
            $"<p>Γεια σας {E(m.CustomerName)},</p><p>Η παραγγελία σας <strong>{E(m.OrderNumber)}</strong> είναι τώρα: <strong>{E(m.Status)}</strong>.</p>"
            + (tracking.Length > 0 ? $"<p>Αποστολή: {E(tracking)}</p>" : "") + $"<p><a href=\"{E(link)}\">Δείτε την παραγγελία</a></p>",
            $"Γεια σας {m.CustomerName},\n\nΗ παραγγελία σας {m.OrderNumber} είναι τώρα: {m.Status}.\n" + (tracking.Length > 0 ? $"Αποστολή: {tracking}\n" : "") + $"\n{link}\n");
    }

    public OutgoingMail LowStockNotice(string id, string to, string producerName, IReadOnlyList<LowStockItem> items)
    {
        var html = string.Concat(items.Select(i => $"<li>{E(i.Product)}: {i.Stock}</li>"));
        var text = string.Concat(items.Select(i => $"- {i.Product}: {i.Stock}\n"));
        var link = Link("/producer/products");
        return Mail(id, to, producerName, $"Χαμηλό απόθεμα σε {items.Count} προϊόντα",
            $"<p>Γεια σας {E(producerName)},</p><p>Τα παρακάτω προϊόντα τελειώνουν:</p><ul>{html}</ul><p><a href=\"{E(link)}\">Ενημέρωση αποθέματος</a></p>",
            $"Γεια σας {producerName},\n\nΤα παρακάτω προϊόντα τελειώνουν:\n{text}\nΕνημέρωση αποθέματος: {link}\n");
    }

    public OutgoingMail ProducerWeeklyDigest(string id, string to, WeeklyDigestModel m)
    {
        var unsubscribe = Link(m.UnsubscribePath);
        return Mail(id, to, m.ProducerName, "Η εβδομάδα σας στο Dixis",
            $"<p>Γεια σας {E(m.ProducerName)},</p><ul><li>Προϊόντα σε πώληση: {m.ProductsOnSale}</li><li>Σε αναμονή έγκρισης: {m.AwaitingApproval}</li><li>Με χαμηλό απόθεμα: {m.LowStock}</li></ul>"
            + $"<p><small><a href=\"{E(unsubscribe)}\">Διακοπή εβδομαδιαίας ενημέρωσης</a></small></p>",
            $"Γεια σας {m.ProducerName},\n\nΠροϊόντα σε πώληση: {m.ProductsOnSale}\nΣε αναμονή έγκρισης: {m.AwaitingApproval}\nΜε χαμηλό απόθεμα: {m.LowStock}\n\nΔιακοπή: {unsubscribe}\n",
            unsubscribe);
    }

    public OutgoingMail PasswordReset(string id, string to, string name, string resetPath)
    {
        var link = Link(resetPath);
        return Mail(id, to, name, "Επαναφορά κωδικού πρόσβασης",
            $"<p>Γεια σας {E(name)},</p><p>Ζητήσατε νέο κωδικό. Ο σύνδεσμος ισχύει για μία ώρα:</p><p><a href=\"{E(link)}\">Ορισμός νέου κωδικού</a></p><p>Αν δεν το ζητήσατε εσείς, αγνοήστε αυτό το μήνυμα.</p>",
            $"Γεια σας {name},\n\nΖητήσατε νέο κωδικό. Ο σύνδεσμος ισχύει για μία ώρα:\n{link}\n\nΑν δεν το ζητήσατε εσείς, αγνοήστε αυτό το μήνυμα.\n");
    }

    public OutgoingMail DataExportReady(string id, string to, string name, string downloadPath, DateTimeOffset expiresAt)
    {
        var link = Link(downloadPath);
        var until = AthensTime.At(expiresAt).ToString("d MMMM yyyy, HH:mm", Greek);
        return Mail(id, to, name, "Τα δεδομένα σας είναι έτοιμα",
            $"<p>Γεια σας {E(name)},</p><p>Το αρχείο με τα δεδομένα σας είναι έτοιμο. Μπορείτε να το κατεβάσετε έως {E(until)}:</p><p><a href=\"{E(link)}\">Λήψη αρχείου</a></p>",
            $"Γεια σας {name},\n\nΤο αρχείο με τα δεδομένα σας είναι έτοιμο. Μπορείτε να το κατεβάσετε έως {until}:\n{link}\n");
    }

    private OutgoingMail Mail(string id, string to, string name, string subject, string htmlBody, string text, string? unsubscribe = null) =>
        new(id, to, name, subject, Layout(subject, htmlBody), text + "\n— Dixis, αγορά Ελλήνων παραγωγών\n", unsubscribe);

    private static string Layout(string title, string body) =>
        $"<!DOCTYPE html><html lang=\"el\"><head><meta charset=\"utf-8\"><title>{E(title)}</title></head>"
        + $"<body style=\"font-family:sans-serif;color:#1d1d1b\">{body}<hr><p style=\"color:#555\">Dixis — αγορά Ελλήνων παραγωγών</p></body></html>";

    private string Link(string path) => options.PublicBaseUrl.TrimEnd('/') + "/" + path.TrimStart('/');

    private static string E(string value) => Html.Encode(value);

    private static string Eur(decimal amount) => amount.ToString("#,##0.00", Greek) + " €";
}
