namespace Dixis.Infrastructure.Data.Catalog;

/// <summary>Moderation state of a product: only approved products are sold.</summary>
public enum ApprovalStatus
{
    Pending = 0,
    Approved = 1,
    Rejected = 2,
}
