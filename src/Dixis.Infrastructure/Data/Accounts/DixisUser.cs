using Microsoft.AspNetCore.Identity;

namespace Dixis.Infrastructure.Data.Accounts;

/// <summary>A person with a login. The role (consumer, producer, business, admin) is an Identity role.</summary>
public sealed class DixisUser : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = "";

    /// <summary>Tax id of a business buyer; null for consumers.</summary>
    public string? Afm { get; set; }

    public string PreferredCulture { get; set; } = "el-GR";

    public DateTimeOffset CreatedAt { get; set; }

    public List<Address> Addresses { get; } = [];
}
