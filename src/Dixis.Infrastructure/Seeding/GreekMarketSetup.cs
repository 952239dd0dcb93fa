using Dixis.Domain.Greek;
using Dixis.Domain.Vat;
using Dixis.Infrastructure.Data;
using Dixis.Infrastructure.Data.Catalog;
using Microsoft.EntityFrameworkCore;

namespace Dixis.Infrastructure.Seeding;

/// <summary>
/// Writes the Greek reference data (categories, islands with their VAT status) and checks the VAT table.
/// Safe to run any number of times: it upserts.
/// </summary>
public static class GreekMarketSetup
{
    public static async Task RunAsync(DixisDbContext db, IProgress<string> progress, CancellationToken ct = default)
    {
        progress.Report("categories");
        var existing = await db.Categories.ToDictionaryAsync(c => c.Slug, ct);
        var order = 0;
        foreach (var (slug, nameEl, nameEn) in DemoCategories.All)
        {
            order++;
            if (existing.TryGetValue(slug, out var category))
            {
                category.NameEl = nameEl;
                category.NameEn = nameEn;
                category.SortOrder = order;
            }
            else
            {
                db.Categories.Add(new Category { Slug = slug, NameEl = nameEl, NameEn = nameEn, SortOrder = order });
            }
        }

        progress.Report("islands");
        var islands = await db.Islands.ToDictionaryAsync(i => i.Key, ct);
        foreach (var island in PostalCodeDirectory.Islands)
        {
            var reducedFrom = IslandReducedRateTable.Entries.Where(e => e.IslandKey == island.Key).Select(e => (DateOnly?)e.ValidFrom).Min();
            if (!islands.TryGetValue(island.Key, out var row))
            {
                row = new IslandReference { Key = island.Key, Name = "", Prefecture = "", Region = "", ShippingZone = "", PostalCodes = "" };
                db.Islands.Add(row);
            }

            row.Name = island.Name;
            row.Prefecture = island.Prefecture;
            row.Region = island.Region;
            row.ShippingZone = island.Zone.ToString();
            row.PostalCodes = string.Join(',', island.PostalCodes);
            row.ReducedVatFrom = reducedFrom;
        }

        await db.SaveChangesAsync(ct);

        progress.Report("vat table");
        // Business dates are Europe/Athens dates: the table must hold on the Greek calendar day.
        var today = AthensTime.Today(TimeProvider.System);
        if (!IslandReducedRateTable.Entries.Any(e => e.ValidFrom <= today && (e.ValidTo is null || e.ValidTo >= today)))
        {
            throw new InvalidOperationException("The island VAT table has no entry valid today.");
        }
    }
}
