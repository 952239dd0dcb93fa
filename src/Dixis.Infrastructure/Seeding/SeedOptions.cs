namespace Dixis.Infrastructure.Seeding;

/// <summary>Settings of section <c>Seed</c>: the first admin account.</summary>
public sealed class SeedOptions
{
    public const string Section = "Seed";

    /// <summary>Email of the admin the seed creates (<c>Seed__AdminEmail</c>).</summary>
    public string AdminEmail { get; set; } = "admin@dixis.local";

    /// <summary>
    /// Password of that admin (<c>Seed__AdminPassword</c> or <c>Seed__AdminPassword_FILE</c>). When empty the seed
    /// generates one and writes it to <c>data/admin-password.txt</c>, never to the log.
    /// </summary>
    public string? AdminPassword { get; set; }
}
