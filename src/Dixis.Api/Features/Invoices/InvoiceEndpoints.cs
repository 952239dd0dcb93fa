using System.Security.Claims;
using Dixis.Api.Features.Producers;
using Dixis.Api.Hosting;
using Dixis.Api.Problems;
using Dixis.Domain.Greek;
using Dixis.Domain.Invoicing;
using Dixis.Infrastructure.Data;
using Dixis.Infrastructure.Data.Accounts;
using Dixis.Infrastructure.Invoicing;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Dixis.Api.Features.Invoices;

/// <summary>
/// A document and its PDF, for its buyer, the owner of the producer concerned, or an admin. Anyone else gets 404,
/// never 403, so ids reveal nothing.
/// </summary>
public static class InvoiceEndpoints
{
    public static RouteGroupBuilder MapInvoiceEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/invoices").WithTags("Invoices").RequireAuthorization();
        group.MapGet("/{id:guid}", GetAsync).WithName("GetInvoice")
            .WithSummary("A receipt, invoice or credit note with its lines, VAT breakdown and myDATA status (MARK, QR)");
        group.MapGet("/{id:guid}/pdf", GetPdfAsync).WithName("GetInvoicePdf")
            .WithSummary("The Greek PDF of a document; it carries the MARK and QR once transmitted to myDATA")
            .Produces(StatusCodes.Status200OK, contentType: InvoicePdfs.ContentType);
        return api;
    }

    private static async Task<Results<Ok<InvoiceResponse>, ProblemHttpResult>> GetAsync(Guid id, ClaimsPrincipal user, DixisDbContext db, CancellationToken ct)
    {
        if (!await MayReadAsync(id, user, db, ct))
        {
            return ApiProblems.NotFound();
        }

        var (invoice, document) = (await InvoiceMapping.LoadAsync(db, id, ct))!.Value;
        var lines = document.Lines.Select((l, i) => new InvoiceLineResponse(i + 1, l.Description, l.Quantity, l.Unit.ToString(), l.NetValue.Amount,
            (int)l.VatCategory, VatCategories.Percent(l.VatCategory), l.VatAmount.Amount, l.GrossValue.Amount, l.Classification.Category, l.Classification.Type, l.VatExemptionCategory)).ToArray();
        var breakdown = document.Totals.Breakdown.Select(r => new InvoiceVatResponse((int)r.Category, r.RatePercent, r.Net.Amount, r.Vat.Amount, r.Gross.Amount)).ToArray();
        return TypedResults.Ok(new InvoiceResponse(
            invoice.Id, InvoiceTypes.Code(invoice.Type), InvoiceTypes.GreekTitle(invoice.Type), invoice.Series, invoice.Number, invoice.IssueDate,
            Party(document.Issuer), document.Counterpart is null ? null : Party(document.Counterpart), lines, breakdown,
            invoice.TotalNet, invoice.TotalVat, invoice.TotalGross, (int)invoice.PaymentMethod, PaymentMethods.GreekLabel(invoice.PaymentMethod),
            invoice.Status.ToString(), invoice.Mark, invoice.Uid, invoice.QrUrl, invoice.CorrectedInvoiceId, invoice.OrderId,
            $"{BackendHostExtensions.ApiBase}/invoices/{invoice.Id}/pdf"));
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetPdfAsync(
        Guid id, ClaimsPrincipal user, DixisDbContext db, InvoicePdfs pdfs, HttpContext context, CancellationToken ct)
    {
        if (!await MayReadAsync(id, user, db, ct))
        {
            return ApiProblems.NotFound();
        }

        var reference = await db.Invoices.AsNoTracking().Where(i => i.Id == id).Select(i => new { i.Series, i.Number }).SingleAsync(ct);
        var pdf = await pdfs.GetAsync(id, ct);
        if (pdf is null)
        {
            return ApiProblems.NotFound();
        }

        // Tax documents of a person: never cached by shared caches.
        context.Response.Headers.CacheControl = "private, no-store";
        return TypedResults.File(pdf, InvoicePdfs.ContentType, $"{GreekText.Slugify(reference.Series)}-{reference.Number}.pdf");
    }

    private static async Task<bool> MayReadAsync(Guid id, ClaimsPrincipal user, DixisDbContext db, CancellationToken ct)
    {
        var owner = await db.Invoices.AsNoTracking().Where(i => i.Id == id).Select(i => new { i.BuyerUserId, i.ProducerId }).SingleOrDefaultAsync(ct);
        if (owner is null)
        {
            return false;
        }

        if (user.IsInRole(Roles.Admin))
        {
            return true;
        }

        var userId = OwnProducerEndpoints.UserId(user);
        return owner.BuyerUserId == userId
            || (owner.ProducerId is { } producerId && await db.Producers.AnyAsync(p => p.Id == producerId && p.OwnerUserId == userId, ct));
    }

    private static InvoicePartyResponse Party(InvoiceParty p) => new(p.Afm, p.Name, p.TaxOffice, p.Street, p.City, p.PostalCode);
}
