namespace Dixis.Infrastructure.Data.Accounts;

/// <summary>The roles of Dixis, as Identity role names.</summary>
public static class Roles
{
    public const string Consumer = "consumer";
    public const string Producer = "producer";
    public const string Business = "business";
    public const string Admin = "admin";

    public static readonly IReadOnlyList<string> All = [Consumer, Producer, Business, Admin];
}
