using Dixis.Domain.Invoicing;
using Dixis.Domain.Pricing;
using Dixis.Infrastructure.Invoicing.Pdf;
using UglyToad.PdfPig;

namespace Dixis.Infrastructure.Tests.Invoicing;

/// <summary>The PDF is read back with PdfPig (an independent reader) and every mandatory field is found, in Greek.</summary>
public sealed class InvoicePdfTests
{
    private static readonly DateOnly Date = new(2026, 3, 2);

    [Fact]
    public void A_pending_receipt_shows_the_mandatory_fields_and_a_note_instead_of_the_mark()
    {
        var draft = Drafts.Receipt(Drafts.Producer);
        var receipt = InvoiceDocument.Create(draft.Issuer, null, draft.Type, draft.Series, 12, Date, draft.Lines, draft.PaymentMethod);

        var text = Text(InvoicePdfRenderer.Render(receipt, marks: null));

        Assert.All(new[]
        {
            "Απόδειξη Λιανικής Πώλησης", "Σειρά ΑΛΠ", "Αριθμός 12", "02/03/2026",
            "Μελισσοκομείο Λέσβου", "ΑΦΜ: 090000045", "ΔΟΥ: ΔΟΥ Μυτιλήνης", "Αγοράς 1, 811 07 Καλλονή",
            "Θυμαρίσιο μέλι 450 g", "Κρασί λευκό 750 ml", "Μεταφορικά", "9%", "24%",
            "Ανάλυση ΦΠΑ", "ΦΠΑ 9%", "ΦΠΑ 24%", "29,91 €", "2,69 €", "20,00 €", "4,80 €",
            "Σύνολο καθαρής αξίας", "49,91 €", "Σύνολο ΦΠΑ", "7,49 €", "Πληρωτέο σύνολο", "57,40 €",
            "Τρόπος πληρωμής: Κάρτα (POS / e-POS)", "δεν έχει ακόμη διαβιβαστεί στην ΑΑΔΕ",
        }, expected => Assert.Contains(expected, text, StringComparison.Ordinal));
        Assert.DoesNotContain("Λήπτης", text, StringComparison.Ordinal);
        Assert.DoesNotContain("ΜΑΡΚ:", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_transmitted_sales_invoice_shows_the_counterpart_mark_uid_and_a_qr_code()
    {
        var draft = Drafts.SalesInvoice(Drafts.Producer);
        var invoice = InvoiceDocument.Create(draft.Issuer, draft.Counterpart, draft.Type, draft.Series, 3, Date, draft.Lines, draft.PaymentMethod);
        var marks = new InvoiceTransmissionMarks(400001234567890, "D2C9B1A7F5E3C4B2A1D0E9F8C7B6A5D4C3B2A1E0", "https://mydataapidev.aade.gr/TimologioQR/QRInfo?q=abc");

        var pdf = InvoicePdfRenderer.Render(invoice, marks);
        var text = Text(pdf);

        Assert.All(new[]
        {
            "Τιμολόγιο Πώλησης", "Λήπτης", "Ταβέρνα Ο Γιώργος ΟΕ", "ΑΦΜ: 094014201", "Πανεπιστημίου 10, 106 71 Αθήνα",
            "Φέτα ΠΟΠ 1 kg", "2,5", "kg", "lt", "13%", "ΜΑΡΚ: 400001234567890", "UID: D2C9B1A7F5E3C4B2A1D0E9F8C7B6A5D4C3B2A1E0",
            "Τρόπος πληρωμής: Κατάθεση σε λογαριασμό πληρωμών",
        }, expected => Assert.Contains(expected, text, StringComparison.Ordinal));
        Assert.DoesNotContain("δεν έχει ακόμη διαβιβαστεί", text, StringComparison.Ordinal);
        using var document = PdfDocument.Open(pdf);
        // The QR code is drawn as filled squares: hundreds of them on the page, beside the text.
        Assert.True(document.GetPage(1).Paths.Count > 200, "the QR code's modules are drawn");
    }

    [Fact]
    public void A_credit_note_names_the_corrected_document_and_its_mark()
    {
        var draft = Drafts.SalesInvoice(Drafts.Producer);
        var original = InvoiceDocument.Create(draft.Issuer, draft.Counterpart, draft.Type, draft.Series, 3, Date, draft.Lines, draft.PaymentMethod);
        var credit = InvoiceDocument.Create(original.Issuer, original.Counterpart, InvoiceType.CreditNote, "ΠΤ", 1, Date,
            CreditNoteLines.For(original, new Money(10m), Money.Zero), original.PaymentMethod, new CorrelatedInvoice(Guid.NewGuid(), original.Type, original.Series, 3, 400001234567890));

        var text = Text(InvoicePdfRenderer.Render(credit, marks: null));

        Assert.Contains("Πιστωτικό Τιμολόγιο", text, StringComparison.Ordinal);
        Assert.Contains("Αφορά: Τιμολόγιο Πώλησης ΤΠ-3 (ΜΑΡΚ 400001234567890)", text, StringComparison.Ordinal);
        Assert.Contains("Σύνολο πίστωσης", text, StringComparison.Ordinal);
        Assert.Contains("10,00 €", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Many_lines_flow_onto_further_pages_and_long_descriptions_are_shortened()
    {
        var longName = "Παραδοσιακό γλυκό του κουταλιού από βύσσινο με φυσική ζάχαρη και χωρίς συντηρητικά, βάζο 450 g";
        var lines = Enumerable.Range(1, 90)
            .Select(i => InvoiceLine.FromGross($"{i}. {longName}", 1m, MeasurementUnit.Pieces, new Money(5.50m), VatCategory.Reduced13, IncomeClassification.ForGoods(InvoiceType.RetailReceipt)))
            .ToArray();
        var receipt = InvoiceDocument.Create(Drafts.Producer, null, InvoiceType.RetailReceipt, "ΑΛΠ", 99, Date, lines, PaymentMethod.Cash);

        var pdf = InvoicePdfRenderer.Render(receipt, marks: null);
        using var document = PdfDocument.Open(pdf);
        var text = string.Join("\n", document.GetPages().Select(p => p.Text));

        Assert.True(document.NumberOfPages >= 2);
        Assert.Contains("90. Παραδοσιακό", text, StringComparison.Ordinal);
        Assert.Contains("…", text, StringComparison.Ordinal);
        Assert.Contains("495,00 €", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Uncompressed_output_keeps_the_embedded_dejavu_font()
    {
        var draft = Drafts.Receipt(Drafts.Producer);
        var receipt = InvoiceDocument.Create(draft.Issuer, null, draft.Type, draft.Series, 1, Date, draft.Lines, draft.PaymentMethod);

        var raw = System.Text.Encoding.Latin1.GetString(InvoicePdfRenderer.Render(receipt, null, compress: false));

        // Subset of the embedded TrueType font, with a ToUnicode map so text can be searched and copied.
        Assert.Contains("DejaVu#20Sans", raw, StringComparison.Ordinal);
        Assert.Contains("/FontFile2", raw, StringComparison.Ordinal);
        Assert.Contains("/ToUnicode", raw, StringComparison.Ordinal);
    }

    private static string Text(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join("\n", document.GetPages().Select(p => p.Text));
    }
}
