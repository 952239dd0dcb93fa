using Dixis.Infrastructure.Data;
using Dixis.Infrastructure.Data.Gdpr;
using Dixis.Infrastructure.Jobs;
using Dixis.Infrastructure.Mail;
using Dixis.Infrastructure.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Dixis.Infrastructure.Gdpr;

/// <summary>
/// Queue <c>general</c>: builds a requested export, stores it under <c>exports/{id}.zip</c>, marks it ready until
/// <see cref="GdprOptions.ExportLifetimeDays"/> from now and mails the person the download link. A retry of a
/// finished export does nothing.
/// </summary>
public sealed class DataExportJob(
    DixisDbContext db, DataExportBuilder builder, IBlobStorage blobs, JobEnqueuer jobs, MailTemplates mail,
    GdprOptions options, TimeProvider clock, ILogger<DataExportJob> logger)
{
    public const string ContentType = "application/zip";

    /// <summary>The download path of an export (served to its owner only).</summary>
    public static string DownloadPath(Guid exportId) => $"/api/v1/me/export/{exportId}";

    public static string KeyFor(Guid exportId) => $"exports/{exportId:N}.zip";

    public async Task BuildAsync(Guid exportId, CancellationToken ct)
    {
        var export = await db.DataExports.SingleOrDefaultAsync(e => e.Id == exportId, ct);
        if (export is not { Status: DataExportStatus.Pending })
        {
            logger.LogInformation("Data export {ExportId} is not pending; nothing to build", exportId);
            return;
        }

        var user = await db.Users.AsNoTracking().Where(u => u.Id == export.UserId).Select(u => new { u.Email, u.DisplayName }).SingleOrDefaultAsync(ct);
        await using var file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
        if (user is null || !await builder.WriteAsync(export.UserId, file, ct))
        {
            // The account was erased meanwhile: nothing to send, and nothing of theirs to keep.
            db.DataExports.Remove(export);
            await db.SaveChangesAsync(ct);
            logger.LogInformation("Data export {ExportId} dropped: the account no longer exists", exportId);
            return;
        }

        file.Position = 0;
        var key = KeyFor(export.Id);
        await blobs.PutAsync(key, file, ContentType, ct);
        var now = clock.GetUtcNow();
        export.Status = DataExportStatus.Ready;
        export.BlobKey = key;
        export.SizeBytes = file.Length;
        export.CompletedAt = now;
        export.ExpiresAt = now.AddDays(options.ExportLifetimeDays);
        db.AuditLog.Add(new AuditEntry
        {
            At = now,
            ActorUserId = export.UserId,
            ActorRole = "self",
            Action = AuditActions.Export,
            Resource = "me.export",
            SubjectType = "user",
            SubjectId = export.UserId.ToString(),
            SubjectUserId = export.UserId,
            Reason = "GDPR art. 15 and 20: the person asked for a copy of their data",
        });
        await db.SaveChangesAsync(ct);

        if (!string.IsNullOrEmpty(user.Email))
        {
            var message = mail.DataExportReady($"data-export-{export.Id:N}", user.Email, user.DisplayName, DownloadPath(export.Id), export.ExpiresAt.Value);
            jobs.Enqueue<SendMailJob>(JobQueues.General, j => j.SendAsync(message, CancellationToken.None));
        }

        logger.LogInformation("Data export {ExportId} ready ({Bytes} bytes)", export.Id, export.SizeBytes);
    }
}
