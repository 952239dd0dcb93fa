using System.Security.Claims;
using Dixis.Api.Problems;
using Dixis.Infrastructure.Data;
using Dixis.Infrastructure.Data.Gdpr;
using Dixis.Infrastructure.Gdpr;
using Dixis.Infrastructure.Jobs;
using Dixis.Infrastructure.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Dixis.Api.Features.Gdpr;

/// <summary>
/// Portability (GDPR art. 15 and 20): <c>POST /me/export</c> queues a ZIP of everything held about the person, built on
/// queue <c>general</c> and announced by mail; <c>GET /me/export/{id}</c> serves it to that person only, until it expires.
/// </summary>
public static class DataExportEndpoints
{
    public static RouteGroupBuilder MapDataExportEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/me/export").WithTags("Privacy").RequireAuthorization();
        group.MapPost("/", Request).WithName("RequestDataExport")
            .WithSummary("Ask for a copy of all your data (ZIP of JSON and CSV); 202, then an e-mail with the link")
            .WithDescription("While an export is still being built, asking again answers the same export.");
        group.MapGet("/{id:guid}", Download).WithName("DownloadDataExport")
            .WithSummary("Download your data export (only yours; 404 for anyone else's, 410 once expired, 409 while being built)");
        return api;
    }

    private static async Task<Accepted<DataExportResponse>> Request(
        ClaimsPrincipal user, DixisDbContext db, JobEnqueuer jobs, TimeProvider clock, CancellationToken ct)
    {
        var userId = UserId(user);
        var export = await db.DataExports.AsNoTracking().FirstOrDefaultAsync(e => e.UserId == userId && e.Status == DataExportStatus.Pending, ct);
        if (export is null)
        {
            export = new DataExport { UserId = userId, Status = DataExportStatus.Pending, RequestedAt = clock.GetUtcNow() };
            db.DataExports.Add(export);
            await db.SaveChangesAsync(ct);
            var id = export.Id;
            jobs.Enqueue<DataExportJob>(JobQueues.General, j => j.BuildAsync(id, CancellationToken.None));
        }

        return TypedResults.Accepted(DataExportJob.DownloadPath(export.Id), Map(export));
    }

    private static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> Download(
        Guid id, ClaimsPrincipal user, DixisDbContext db, IBlobStorage blobs, TimeProvider clock, CancellationToken ct)
    {
        var userId = UserId(user);
        // Someone else's export is indistinguishable from one that does not exist.
        var export = await db.DataExports.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id && e.UserId == userId, ct);
        if (export is null)
        {
            return ApiProblems.NotFound();
        }

        if (export.Status == DataExportStatus.Pending)
        {
            return ApiProblems.Problem(StatusCodes.Status409Conflict, "export.not-ready");
        }

        if (export.Status == DataExportStatus.Expired || export.ExpiresAt <= clock.GetUtcNow() || export.BlobKey is null
            || await blobs.GetAsync(export.BlobKey, ct) is not { } file)
        {
            return ApiProblems.Problem(StatusCodes.Status410Gone, "export.expired");
        }

        return TypedResults.Stream(file.Content, DataExportJob.ContentType, $"dixis-data-{export.CompletedAt:yyyy-MM-dd}.zip");
    }

    private static DataExportResponse Map(DataExport e) => new(e.Id, e.Status.ToString(), e.RequestedAt, e.ExpiresAt, DataExportJob.DownloadPath(e.Id));

    internal static Guid UserId(ClaimsPrincipal user) => Guid.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier)!);
}
