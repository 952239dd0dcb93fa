using System.Security.Cryptography;
using Dixis.Domain.Greek;
using Dixis.Infrastructure.Data;
using Dixis.Infrastructure.Data.Accounts;
using Dixis.Infrastructure.Data.Catalog;
using Dixis.Infrastructure.Data.Producers;
using Dixis.Infrastructure.Storage;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Dixis.Infrastructure.Seeding;

/// <summary>
/// Seeds the Greek demo catalogue, the roles and the first admin. Idempotent: a catalogue that already has
/// producers is left alone, roles and the admin are created only when missing.
/// </summary>
public sealed class DemoCatalogueSeeder(
    DixisDbContext db,
    IBlobStorage storage,
    UserManager<DixisUser> users,
    RoleManager<IdentityRole<Guid>> roles,
    SeedOptions options,
    TimeProvider clock)
{
    public async Task SeedAsync(IProgress<string> progress, CancellationToken ct = default)
    {
        await GreekMarketSetup.RunAsync(db, progress, ct);
        await SeedRolesAsync(ct);
        await SeedAdminAsync(progress, ct);
        if (await db.Producers.AnyAsync(ct))
        {
            progress.Report("catalogue already present");
            return;
        }

        var now = clock.GetUtcNow();
        var categories = await db.Categories.ToDictionaryAsync(c => c.Slug, ct);
        var producers = new Dictionary<string, Producer>();
        foreach (var item in DemoProducers.All)
        {
            var info = PostalCodeDirectory.Lookup(PostalCode.Parse(item.PostalCode));
            var producer = new Producer
            {
                Slug = GreekText.Slugify(item.BusinessName),
                BusinessName = item.BusinessName,
                Afm = item.Afm,
                TaxOffice = item.TaxOffice,
                Street = item.Street,
                City = item.City,
                PostalCode = item.PostalCode,
                Region = info?.Region ?? "",
                Prefecture = info?.Prefecture ?? "",
                Island = info?.Island,
                Description = item.Description,
                FreeShippingThreshold = item.FreeShippingThreshold,
                Status = ProducerStatus.Active,
                CreatedAt = now,
            };
            producers[item.Key] = producer;
            db.Producers.Add(producer);
        }

        progress.Report($"producers: {producers.Count}");
        var count = 0;
        foreach (var item in DemoProducts.All)
        {
            var producer = producers[item.Producer];
            var category = categories[item.Category];
            var slug = GreekText.Slugify(item.Name);
            var product = new Product
            {
                ProducerId = producer.Id,
                CategoryId = category.Id,
                Name = item.Name,
                Slug = slug,
                Description = item.Description,
                Price = item.Price,
                Unit = item.Unit,
                NetQuantity = item.NetQuantity,
                WeightGrams = item.WeightGrams,
                Stock = item.Stock,
                VatRateClass = item.Vat,
                Allergens = item.Allergens,
                QualityLabel = item.Label,
                IsOrganic = item.Organic,
                Ingredients = item.Ingredients,
                Origin = producer.Island ?? producer.Prefecture,
                Storage = "Σε δροσερό και ξηρό μέρος, μακριά από το φως.",
                Approval = ApprovalStatus.Approved,
                CreatedAt = now.AddMinutes(-count),
                UpdatedAt = now,
            };
            var key = $"products/{slug}.svg";
            using (var svg = new MemoryStream(ProductImageSvg.Render(item.Name, item.Category)))
            {
                await storage.PutAsync(key, svg, "image/svg+xml", ct);
            }

            product.Images.Add(new ProductImage { BlobKey = key, ContentType = "image/svg+xml", Alt = item.Name });
            db.Products.Add(product);
            if (++count % 20 == 0)
            {
                progress.Report($"products: {count}/{DemoProducts.All.Count}");
            }
        }

        await db.SaveChangesAsync(ct);
        progress.Report($"products: {count}/{DemoProducts.All.Count}");
    }

    private async Task SeedRolesAsync(CancellationToken ct)
    {
        foreach (var role in Roles.All)
        {
            ct.ThrowIfCancellationRequested();
            if (!await roles.RoleExistsAsync(role))
            {
                Ensure(await roles.CreateAsync(new IdentityRole<Guid>(role)));
            }
        }
    }

    private async Task SeedAdminAsync(IProgress<string> progress, CancellationToken ct)
    {
        if (await users.FindByEmailAsync(options.AdminEmail) is not null)
        {
            return;
        }

        var password = options.AdminPassword;
        if (string.IsNullOrWhiteSpace(password))
        {
            // No password configured (embedded first run): make a strong one and hand it over in a file only.
            password = "Dx-" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)).Replace('/', 'x').Replace('+', 'y') + "9!";
            Directory.CreateDirectory("data");
            await File.WriteAllTextAsync(Path.Combine("data", "admin-password.txt"), $"{options.AdminEmail}\n{password}\n", ct);
            progress.Report("admin password written to data/admin-password.txt");
        }

        var admin = new DixisUser
        {
            UserName = options.AdminEmail,
            Email = options.AdminEmail,
            EmailConfirmed = true,
            DisplayName = "Διαχειριστής Dixis",
            CreatedAt = clock.GetUtcNow(),
        };
        Ensure(await users.CreateAsync(admin, password));
        Ensure(await users.AddToRoleAsync(admin, Roles.Admin));
        progress.Report("admin created");
    }

    private static void Ensure(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Seeding failed: " + string.Join("; ", result.Errors.Select(e => e.Code)));
        }
    }
}
