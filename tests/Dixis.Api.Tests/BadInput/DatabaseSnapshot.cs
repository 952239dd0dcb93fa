using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Dixis.Api.Tests.Infrastructure;
using Dixis.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Dixis.Api.Tests.BadInput;

/// <summary>
/// The contents of every table of the model: per table, one hash of each row's columns (all of them, as the database
/// returns them) keyed by the row's primary key. Two snapshots tell which rows were added, removed or changed, so an
/// UPDATE that keeps the row count (a price set to -1, a name overwritten) is seen, not only an INSERT or DELETE.
/// </summary>
internal sealed class DatabaseSnapshot
{
    private readonly Dictionary<string, Dictionary<string, string>> _tables;

    private DatabaseSnapshot(Dictionary<string, Dictionary<string, string>> tables) => _tables = tables;

    /// <summary>Total rows read (for the suite's own figures).</summary>
    public int RowCount => _tables.Values.Sum(t => t.Count);

    /// <summary>Reads every table of the model except <paramref name="excludedTables"/>.</summary>
    public static async Task<DatabaseSnapshot> TakeAsync(ApiFixture fixture, IReadOnlySet<string> excludedTables)
    {
        await using var scope = fixture.Scope();
        var db = scope.ServiceProvider.GetRequiredService<DixisDbContext>();
        var sql = db.GetService<ISqlGenerationHelper>();
        var tables = db.Model.GetRelationalModel().Tables.Where(t => !excludedTables.Contains(t.Name)).OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            // One batch, one round trip: the suite takes two snapshots per request, a few hundred requests per provider.
            // SELECT *: columns the model does not know (added by hand in a migration) are compared too.
            await using var command = connection.CreateCommand();
            command.CommandText = string.Join(";\n", tables.Select(t => $"SELECT * FROM {sql.DelimitIdentifier(t.Name)}"));
            await using var reader = await command.ExecuteReaderAsync();
            var snapshot = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
            for (var i = 0; i < tables.Count; i++)
            {
                if (i > 0 && !await reader.NextResultAsync())
                {
                    throw new InvalidOperationException($"No result for table {tables[i].Name}.");
                }

                snapshot[tables[i].Name] = await ReadAsync(reader, tables[i]);
            }

            return new DatabaseSnapshot(snapshot);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>What differs from <paramref name="before"/>, one line per table: rows added, removed and changed, with their keys.</summary>
    public IReadOnlyList<string> ChangesSince(DatabaseSnapshot before)
    {
        var changes = new List<string>();
        foreach (var (table, rows) in _tables)
        {
            var old = before._tables[table];
            var added = rows.Keys.Where(k => !old.ContainsKey(k)).ToList();
            var removed = old.Keys.Where(k => !rows.ContainsKey(k)).ToList();
            var changed = rows.Where(r => old.TryGetValue(r.Key, out var hash) && hash != r.Value).Select(r => r.Key).ToList();
            if (added.Count + removed.Count + changed.Count > 0)
            {
                changes.Add($"{table}: {Describe("added", added)}{Describe("removed", removed)}{Describe("changed", changed)}".TrimEnd(' ', ';'));
            }
        }

        return changes;
    }

    private static string Describe(string what, List<string> keys) =>
        keys.Count == 0 ? "" : $"{keys.Count} {what} ({string.Join(", ", keys.Take(3))}{(keys.Count > 3 ? ", …" : "")}); ";

    private static async Task<Dictionary<string, string>> ReadAsync(DbDataReader reader, ITable table)
    {
        var keyColumns = table.PrimaryKey?.Columns.Select(c => c.Name).ToList() ?? [];
        var keyOrdinals = keyColumns.Select(reader.GetOrdinal).ToList();
        var rows = new Dictionary<string, string>(StringComparer.Ordinal);
        var text = new StringBuilder();
        while (await reader.ReadAsync())
        {
            text.Clear();
            for (var i = 0; i < reader.FieldCount; i++)
            {
                // Length-prefixed (null apart), so no two different rows give the same text.
                if (reader.IsDBNull(i))
                {
                    text.Append("null|");
                    continue;
                }

                var value = Text(reader.GetValue(i));
                text.Append(value.Length).Append(':').Append(value).Append('|');
            }

            var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
            // A keyless table is compared as a set of rows.
            var key = keyOrdinals.Count == 0 ? hash : string.Join("/", keyOrdinals.Select(o => Text(reader.GetValue(o))));
            rows[key] = hash;
        }

        return rows;
    }

    private static string Text(object value) => value switch
    {
        DBNull => "null",
        byte[] bytes => Convert.ToHexString(bytes),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
