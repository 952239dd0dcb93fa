using Dixis.Domain.Invoicing;
using Dixis.Infrastructure.Data;
using Dixis.Infrastructure.Data.Invoicing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using MySqlConnector;

namespace Dixis.Infrastructure.Invoicing;

/// <summary>
/// The next number of a series, taken inside the caller's transaction by one conditional UPDATE of the counter
/// row. The row stays locked until the transaction that also inserts the document commits (InnoDB row lock;
/// SQLite transactions begin IMMEDIATE, i.e. with the write lock), so concurrent issuers wait, never share a
/// number, and a rolled-back document gives its number back: no gaps, no duplicates.
/// </summary>
public static class InvoiceNumbering
{
    /// <summary>Takes the next number; the first document of a series inserts the counter row (a race there is a retryable conflict).</summary>
    public static async Task<long> NextAsync(DixisDbContext db, string issuerAfm, InvoiceType type, string series, CancellationToken ct)
    {
        var counter = db.InvoiceSeriesCounters.Where(c => c.IssuerAfm == issuerAfm && c.Type == type && c.Series == series);
        if (await counter.ExecuteUpdateAsync(s => s.SetProperty(c => c.LastNumber, c => c.LastNumber + 1), ct) == 1)
        {
            return await counter.Select(c => c.LastNumber).SingleAsync(ct);
        }

        db.InvoiceSeriesCounters.Add(new InvoiceSeriesCounter { IssuerAfm = issuerAfm, Type = type, Series = series, LastNumber = 1 });
        await db.SaveChangesAsync(ct);
        return 1;
    }

    /// <summary>
    /// Whether a failed numbering transaction may simply be tried again: two first documents of a series inserting
    /// the counter (unique key), a deadlock or lock timeout on MariaDB, a busy or locked SQLite file.
    /// </summary>
    public static bool IsConflict(Exception e)
    {
        for (var x = (Exception?)e; x is not null; x = x.InnerException)
        {
            switch (x)
            {
                case SqliteException sqlite when sqlite.SqliteErrorCode is 5 or 6 or 19:
                    return true;
                case MySqlException mysql when mysql.ErrorCode is MySqlErrorCode.DuplicateKeyEntry or MySqlErrorCode.LockDeadlock or MySqlErrorCode.LockWaitTimeout:
                    return true;
            }
        }

        return false;
    }
}
