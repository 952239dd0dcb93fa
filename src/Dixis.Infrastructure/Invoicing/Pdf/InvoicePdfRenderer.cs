using System.Globalization;
using Dixis.Domain.Invoicing;
using Dixis.Domain.Pricing;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using QRCoder;

namespace Dixis.Infrastructure.Invoicing.Pdf;

/// <summary>What myDATA returned for a transmitted document; printed with its QR code.</summary>
public sealed record InvoiceTransmissionMarks(long Mark, string? Uid, string? QrUrl);

/// <summary>
/// The Greek PDF of a document (A4, DejaVu Sans): title, series and number, date, issuer (name, AFM, tax office,
/// address), counterpart on invoices, the corrected document on credit notes, lines with their VAT rate, the VAT
/// breakdown per rate, totals, payment method, and MARK, UID and QR once transmitted (a note until then).
/// </summary>
public static class InvoicePdfRenderer
{
    private const double Margin = 40;
    private const double PageBottom = 800;
    private static readonly CultureInfo Greek = CultureInfo.GetCultureInfo("el-GR");
    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);

    /// <summary>Renders the PDF; <paramref name="compress"/> false leaves content streams readable (tests, debugging).</summary>
    public static byte[] Render(InvoiceDocument document, InvoiceTransmissionMarks? marks, bool compress = true)
    {
        ArgumentNullException.ThrowIfNull(document);
        DejaVuFontResolver.EnsureInstalled();
        using var pdf = new PdfDocument();
        pdf.Options.CompressContentStreams = compress;
        pdf.Info.Title = $"{InvoiceTypes.GreekTitle(document.Type)} {document.Reference}";
        pdf.Info.Author = document.Issuer.Name;
        pdf.Info.Creator = "Dixis";
        new Writer(pdf, document, marks).Write();
        using var output = new MemoryStream();
        pdf.Save(output, closeStream: false);
        return output.ToArray();
    }

    private static string Quantity(decimal q) => q.ToString("0.###", Greek);

    private static string Unit(MeasurementUnit unit) => unit switch
    {
        MeasurementUnit.Pieces => "τεμ.",
        MeasurementUnit.Kilograms => "kg",
        MeasurementUnit.Litres => "lt",
        _ => "",
    };

    private sealed class Writer(PdfDocument pdf, InvoiceDocument d, InvoiceTransmissionMarks? marks)
    {
        private readonly XFont _title = new(DejaVuFontResolver.FamilyName, 15, XFontStyleEx.Bold, Unicode);
        private readonly XFont _bold = new(DejaVuFontResolver.FamilyName, 9, XFontStyleEx.Bold, Unicode);
        private readonly XFont _text = new(DejaVuFontResolver.FamilyName, 9, XFontStyleEx.Regular, Unicode);
        private readonly XFont _small = new(DejaVuFontResolver.FamilyName, 7.5, XFontStyleEx.Regular, Unicode);

        // Columns of the lines table: left edge and width; numbers are right-aligned.
        private static readonly (string Title, double X, double W)[] Columns =
        [
            ("Περιγραφή", Margin, 190), ("Ποσ.", 230, 40), ("Μον.", 270, 30), ("Τιμή μον.", 300, 55),
            ("Καθ. αξία", 355, 60), ("ΦΠΑ %", 415, 40), ("ΦΠΑ", 455, 50), ("Σύνολο", 505, 50),
        ];

        private XGraphics _g = null!;
        private double _y;

        public void Write()
        {
            NewPage();
            Header();
            Parties();
            LinesTable();
            VatBreakdown();
            Totals();
            Transmission();
            _g.Dispose();
        }

        private void NewPage()
        {
            _g?.Dispose();
            var page = pdf.AddPage();
            page.Size = PdfSharp.PageSize.A4;
            _g = XGraphics.FromPdfPage(page);
            _y = Margin;
        }

        private void Ensure(double height)
        {
            if (_y + height > PageBottom)
            {
                NewPage();
            }
        }

        private void Text(string text, XFont font, double x, double y, double width = 0, bool right = false)
        {
            if (width > 0)
            {
                text = Fit(text, font, width);
            }

            if (right)
            {
                _g.DrawString(text, font, XBrushes.Black, new XRect(x, y, width, font.Size * 1.3), XStringFormats.TopRight);
            }
            else
            {
                _g.DrawString(text, font, XBrushes.Black, new XRect(x, y, width > 0 ? width : 515, font.Size * 1.3), XStringFormats.TopLeft);
            }
        }

        private string Fit(string text, XFont font, double width)
        {
            if (_g.MeasureString(text, font).Width <= width)
            {
                return text;
            }

            while (text.Length > 1 && _g.MeasureString(text + "…", font).Width > width)
            {
                text = text[..^1];
            }

            return text + "…";
        }

        private void Header()
        {
            Text(InvoiceTypes.GreekTitle(d.Type), _title, Margin, _y);
            Text($"Σειρά {d.Series}  Αριθμός {d.Number.ToString(CultureInfo.InvariantCulture)}", _bold, 330, _y + 2, 225, right: true);
            Text($"Ημερομηνία έκδοσης {d.IssueDate.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}", _text, 330, _y + 15, 225, right: true);
            Text($"Τύπος myDATA {InvoiceTypes.Code(d.Type)}", _small, 330, _y + 28, 225, right: true);
            _y += 48;
        }

        private void Parties()
        {
            var top = _y;
            var left = Party("Εκδότης", d.Issuer, Margin, top);
            var right = d.Counterpart is null ? top : Party("Λήπτης", d.Counterpart, 310, top);
            _y = Math.Max(left, right) + 6;
            if (d.Corrects is { } corrected)
            {
                var mark = corrected.Mark is { } m ? $" (ΜΑΡΚ {m.ToString(CultureInfo.InvariantCulture)})" : "";
                Text($"Αφορά: {InvoiceTypes.GreekTitle(corrected.Type)} {corrected.Series}-{corrected.Number.ToString(CultureInfo.InvariantCulture)}{mark}", _bold, Margin, _y);
                _y += 16;
            }

            _y += 4;
        }

        private double Party(string role, InvoiceParty party, double x, double y)
        {
            Text(role, _small, x, y);
            Text(party.Name, _bold, x, y + 11, 245);
            Text($"ΑΦΜ: {party.Afm}", _text, x, y + 24);
            var next = y + 36;
            if (!string.IsNullOrWhiteSpace(party.TaxOffice))
            {
                Text($"ΔΟΥ: {party.TaxOffice}", _text, x, next, 245);
                next += 12;
            }

            Text($"{party.Street}, {party.PostalCode[..Math.Min(3, party.PostalCode.Length)]} {party.PostalCode[Math.Min(3, party.PostalCode.Length)..]} {party.City}", _text, x, next, 245);
            return next + 14;
        }

        private void TableHeader()
        {
            _g.DrawRectangle(XBrushes.WhiteSmoke, Margin, _y - 2, 515, 14);
            foreach (var (title, x, w) in Columns)
            {
                Text(title, _bold, x, _y, w - 4, right: x > Margin);
            }

            _y += 16;
        }

        private void LinesTable()
        {
            Ensure(40);
            TableHeader();
            foreach (var line in d.Lines)
            {
                if (_y + 14 > PageBottom)
                {
                    NewPage();
                    TableHeader();
                }

                var unitPrice = line.Unit == MeasurementUnit.None ? "" : new Money(line.NetValue.Amount / line.Quantity).Round().Format();
                var rate = line.VatCategory == VatCategory.Exempt
                    ? $"0% (απαλλ. {line.VatExemptionCategory?.ToString(CultureInfo.InvariantCulture)})"
                    : $"{VatCategories.Percent(line.VatCategory).ToString(CultureInfo.InvariantCulture)}%";
                string[] cells =
                [
                    line.Description, line.Unit == MeasurementUnit.None ? "" : Quantity(line.Quantity), Unit(line.Unit), unitPrice,
                    line.NetValue.Format(), rate, line.VatAmount.Format(), line.GrossValue.Format(),
                ];
                for (var i = 0; i < Columns.Length; i++)
                {
                    Text(cells[i], _text, Columns[i].X, _y, Columns[i].W - 4, right: i > 0);
                }

                _y += 13;
            }

            _g.DrawLine(XPens.Gray, Margin, _y + 2, Margin + 515, _y + 2);
            _y += 10;
        }

        private void VatBreakdown()
        {
            Ensure(30 + (13 * d.Totals.Breakdown.Count));
            Text("Ανάλυση ΦΠΑ", _bold, Margin, _y);
            _y += 13;
            Text("Συντελεστής", _small, Margin, _y);
            Text("Καθαρή αξία", _small, 140, _y, 80, right: true);
            Text("ΦΠΑ", _small, 220, _y, 70, right: true);
            Text("Σύνολο", _small, 290, _y, 80, right: true);
            _y += 11;
            foreach (var row in d.Totals.Breakdown)
            {
                Text(row.Category == VatCategory.Exempt ? "Απαλλαγή ΦΠΑ" : $"ΦΠΑ {row.RatePercent.ToString(CultureInfo.InvariantCulture)}%", _text, Margin, _y);
                Text(row.Net.Format(), _text, 140, _y, 80, right: true);
                Text(row.Vat.Format(), _text, 220, _y, 70, right: true);
                Text(row.Gross.Format(), _text, 290, _y, 80, right: true);
                _y += 12;
            }

            _y += 8;
        }

        private void Totals()
        {
            Ensure(70);
            var credit = InvoiceTypes.IsCredit(d.Type);
            Total("Σύνολο καθαρής αξίας", d.Totals.Net, _text);
            Total("Σύνολο ΦΠΑ", d.Totals.Vat, _text);
            Total(credit ? "Σύνολο πίστωσης" : "Πληρωτέο σύνολο", d.Totals.Gross, _bold);
            _y += 4;
            Text($"Τρόπος πληρωμής: {PaymentMethods.GreekLabel(d.PaymentMethod)}", _text, Margin, _y);
            _y += 18;
        }

        private void Total(string label, Money amount, XFont font)
        {
            Text(label, font, 330, _y, 140);
            Text(amount.Format(), font, 470, _y, 85, right: true);
            _y += 13;
        }

        private void Transmission()
        {
            Ensure(110);
            if (marks is null)
            {
                Text("Το παραστατικό δεν έχει ακόμη διαβιβαστεί στην ΑΑΔΕ (myDATA).", _bold, Margin, _y);
                Text("Ο Μοναδικός Αριθμός Καταχώρησης (ΜΑΡΚ) και ο κωδικός QR αναγράφονται μετά τη διαβίβαση.", _text, Margin, _y + 12);
                _y += 30;
            }
            else
            {
                var top = _y;
                Text($"ΜΑΡΚ: {marks.Mark.ToString(CultureInfo.InvariantCulture)}", _bold, Margin, _y);
                if (marks.Uid is not null)
                {
                    Text($"UID: {marks.Uid}", _small, Margin, _y + 13, 330);
                }

                if (marks.QrUrl is not null)
                {
                    Text("Σαρώστε τον κωδικό QR για να ελέγξετε το παραστατικό στην ΑΑΔΕ.", _small, Margin, _y + 25, 330);
                    Qr(marks.QrUrl, 470, top, 85);
                }

                _y = top + 95;
            }

            Text("Εκδόθηκε ηλεκτρονικά μέσω της πλατφόρμας Dixis για λογαριασμό του εκδότη.", _small, Margin, _y);
        }

        private void Qr(string url, double x, double y, double size)
        {
            using var generator = new QRCodeGenerator();
            using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
            var modules = data.ModuleMatrix;
            var cell = size / modules.Count;
            // Drawn as vector squares: sharp at any zoom, no image codec needed.
            for (var row = 0; row < modules.Count; row++)
            {
                for (var col = 0; col < modules[row].Length; col++)
                {
                    if (modules[row][col])
                    {
                        _g.DrawRectangle(XBrushes.Black, x + (col * cell), y + (row * cell), cell + 0.05, cell + 0.05);
                    }
                }
            }
        }
    }
}
