using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CsvHelper;
using Dixis.Infrastructure.Data;
using Dixis.Infrastructure.Data.Accounts;
using Dixis.Infrastructure.Storage;
using Microsoft.EntityFrameworkCore;

namespace Dixis.Infrastructure.Gdpr;

/// <summary>
/// Builds the ZIP of everything Dixis holds about one person: each collection as <c>name.json</c> and
/// <c>name.csv</c> (UTF-8), the stored PDFs of their receipts and invoices under <c>invoices/</c>, and a README.
/// </summary>
public sealed class DataExportBuilder(DixisDbContext db, IBlobStorage blobs)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        // A file for a person to read: Greek stays Greek rather than \uXXXX escapes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes the export of <paramref name="userId"/> into <paramref name="zip"/>; false when there is no such user.</summary>
    public async Task<bool> WriteAsync(Guid userId, Stream zip, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == userId, ct);
        if (user is null)
        {
            return false;
        }

        var roles = await db.UserRoles.Where(r => r.UserId == userId)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToListAsync(ct);
        using var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true);
        Add(archive, "profile", [Profile(user, roles)]);

        Add(archive, "addresses", await db.Addresses.AsNoTracking().Where(a => a.UserId == userId)
            .Select(a => new ExportAddress(a.Id, a.Label, a.FullName, a.Street, a.City, a.PostalCode, a.Phone, a.IsDefault)).ToListAsync(ct));

        var orders = await db.Orders.AsNoTracking().Where(o => o.BuyerUserId == userId).Include(o => o.Lines).ToListAsync(ct);
        orders = orders.OrderBy(o => o.CreatedAt).ToList();
        Add(archive, "orders", orders.Select(o => new ExportOrder(o.Id, o.Number, o.Status.ToString(), o.CreatedAt, o.BuyerEmail, o.BuyerName, o.BuyerPhone,
            o.BuyerAfm, o.DeliveryStreet, o.DeliveryCity, o.DeliveryPostalCode, o.ShippingMethod.ToString(), o.PaymentMethod,
            o.GoodsGross, o.ShippingGross, o.CashOnDeliveryFee, o.Net, o.Vat, o.Total, o.Carrier, o.TrackingCode)).ToList());
        Add(archive, "order-lines", orders.SelectMany(o => o.Lines.Select(l => new ExportOrderLine(o.Id, o.Number, l.ProductName, l.Quantity, l.UnitGross,
            l.VatPercent, l.Net, l.Vat, l.Gross))).ToList());

        var invoices = await db.Invoices.AsNoTracking().Where(i => i.BuyerUserId == userId).ToListAsync(ct);
        var invoiceRows = new List<ExportInvoice>();
        foreach (var invoice in invoices.OrderBy(i => i.IssuedAt))
        {
            string? file = null;
            if (invoice.PdfBlobKey is not null && await blobs.GetAsync(invoice.PdfBlobKey, ct) is { } pdf)
            {
                await using (pdf)
                {
                    file = $"invoices/{invoice.Series}-{invoice.Number}-{invoice.Id:N}.pdf";
                    await using var entry = archive.CreateEntry(file, CompressionLevel.Optimal).Open();
                    await pdf.Content.CopyToAsync(entry, ct);
                }
            }

            invoiceRows.Add(new ExportInvoice(invoice.Id, invoice.Type.ToString(), invoice.Series, invoice.Number, invoice.IssueDate, invoice.IssuerName,
                invoice.IssuerAfm, invoice.CounterpartName, invoice.CounterpartAfm, invoice.TotalNet, invoice.TotalVat, invoice.TotalGross, invoice.Mark, file));
        }

        Add(archive, "invoices", invoiceRows);

        Add(archive, "cart-items", await db.CartItems.AsNoTracking()
            .Where(i => db.Carts.Any(c => c.Id == i.CartId && c.UserId == userId))
            .Select(i => new ExportCartItem(i.CartId, i.ProductId, i.Quantity, i.PriceSeen, i.AddedAt)).ToListAsync(ct));

        var consents = await db.ConsentRecords.AsNoTracking().Where(c => c.UserId == userId).ToListAsync(ct);
        Add(archive, "consents", consents.OrderBy(c => c.RecordedAt)
            .Select(c => new ExportConsent(c.Purpose, c.Granted, c.PolicyVersion, c.Source, c.RecordedAt)).ToList());

        var audit = await db.AuditLog.AsNoTracking().Where(a => a.SubjectUserId == userId).ToListAsync(ct);
        Add(archive, "audit", audit.OrderBy(a => a.At).Select(a => new ExportAuditEntry(a.At, a.ActorRole, a.Action, a.Resource, a.Reason)).ToList());

        var producer = await db.Producers.AsNoTracking().Include(p => p.Products).SingleOrDefaultAsync(p => p.OwnerUserId == userId, ct);
        if (producer is not null)
        {
            Add(archive, "producer", [new ExportProducer(producer.Id, producer.BusinessName, producer.Afm, producer.TaxOffice, producer.Iban, producer.Street,
                producer.City, producer.PostalCode, producer.Description, producer.Status.ToString(), producer.CreatedAt)]);
            Add(archive, "products", producer.Products.OrderBy(p => p.Name, StringComparer.Ordinal)
                .Select(p => new ExportProduct(p.Id, p.Name, p.Description, p.Price, p.Stock, p.Approval.ToString(), p.CreatedAt)).ToList());
        }

        await using (var readme = new StreamWriter(archive.CreateEntry("README.txt").Open(), new UTF8Encoding(false)))
        {
            await readme.WriteAsync(Readme);
        }

        return true;
    }

    private static ExportProfile Profile(DixisUser user, IReadOnlyList<string> roles) =>
        new(user.Id, user.Email, user.PhoneNumber, user.DisplayName, user.Afm, user.PreferredCulture, string.Join(',', roles.Order(StringComparer.Ordinal)),
            user.EmailConfirmed, user.TwoFactorEnabled, user.CreatedAt);

    private static void Add<T>(ZipArchive archive, string name, IReadOnlyList<T> rows)
    {
        using (var json = archive.CreateEntry(name + ".json", CompressionLevel.Optimal).Open())
        {
            JsonSerializer.Serialize(json, rows, Json);
        }

        // UTF-8 with a BOM so spreadsheet programs read Greek correctly; the person's own text may start with = or +,
        // so formula injection is escaped.
        var properties = typeof(T).GetProperties();
        using var csv = CsvWriter.Create(archive.CreateEntry(name + ".csv", CompressionLevel.Optimal).Open(),
            new CsvWriterOptions { WriteByteOrderMark = true, Injection = CsvInjection.Escape });
        csv.WriteRecord(properties.Select(p => p.Name).ToArray());
        foreach (var row in rows)
        {
            csv.WriteRecord(properties.Select(p => p.GetValue(row) switch
            {
                null => "",
                IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                var v => v.ToString() ?? "",
            }).ToArray());
        }
    }

    private const string Readme = """
        Dixis — τα δεδομένα σας / your data

        Κάθε αρχείο υπάρχει σε δύο μορφές: JSON (για προγράμματα) και CSV (για λογιστικά φύλλα).
        Every file comes in two forms: JSON (for programs) and CSV (for spreadsheets).

        profile        ο λογαριασμός σας / your account
        addresses      οι αποθηκευμένες διευθύνσεις / saved addresses
        orders         οι παραγγελίες σας / your orders (order-lines: their lines)
        invoices       αποδείξεις και τιμολόγια (τα PDF στον φάκελο invoices/) / receipts and invoices (PDFs in invoices/)
        cart-items     το καλάθι σας / your cart
        consents       οι επιλογές συγκατάθεσης / your consent choices
        audit          ποιος είδε ή άλλαξε δεδομένα σας και γιατί / who read or changed your data, and why
        producer       (παραγωγοί) η επιχείρηση και τα προϊόντα της / (producers) the business and its products
        """;
}
