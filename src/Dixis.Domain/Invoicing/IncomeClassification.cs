namespace Dixis.Domain.Invoicing;

/// <summary>
/// The E3 income classification of a line: a myDATA category (<c>category1_2</c>) and type (<c>E3_561_003</c>).
/// The classified amount is always the line's net value.
/// </summary>
public sealed record IncomeClassification(string Category, string Type)
{
    /// <summary>Έσοδα από πώληση εμπορευμάτων (goods bought for resale).</summary>
    public const string Merchandise = "category1_1";

    /// <summary>Έσοδα από πώληση προϊόντων (goods the seller produced: Dixis's default for producers).</summary>
    public const string OwnProducts = "category1_2";

    /// <summary>Έσοδα από παροχή υπηρεσιών.</summary>
    public const string Services = "category1_3";

    /// <summary>Λοιπά έσοδα / κέρδη.</summary>
    public const string OtherIncome = "category1_5";

    /// <summary>Πωλήσεις αγαθών και υπηρεσιών χονδρικές – επιτηδευματιών (to a business).</summary>
    public const string WholesaleToBusiness = "E3_561_001";

    /// <summary>Πωλήσεις αγαθών και υπηρεσιών λιανικές – ιδιωτική πελατεία (to a consumer).</summary>
    public const string RetailToConsumers = "E3_561_003";

    /// <summary>Λοιπά συνήθη έσοδα.</summary>
    public const string OtherOrdinaryIncome = "E3_562";

    /// <summary>Categories Dixis may send.</summary>
    public static readonly IReadOnlySet<string> KnownCategories = new HashSet<string>(StringComparer.Ordinal) { Merchandise, OwnProducts, Services, OtherIncome };

    /// <summary>Types Dixis may send.</summary>
    public static readonly IReadOnlySet<string> KnownTypes = new HashSet<string>(StringComparer.Ordinal) { WholesaleToBusiness, RetailToConsumers, OtherOrdinaryIncome };

    /// <summary>
    /// Goods (and the shipping and fees charged with them, which follow the goods): own products, retail type on
    /// 11.x documents, wholesale type on invoices. Pass <paramref name="ownProduction"/> false for resold goods.
    /// </summary>
    public static IncomeClassification ForGoods(InvoiceType type, bool ownProduction = true) =>
        new(ownProduction ? OwnProducts : Merchandise, InvoiceTypes.IsRetail(type) ? RetailToConsumers : WholesaleToBusiness);

    /// <summary>A service such as Dixis's commission: services category, retail or wholesale type by document.</summary>
    public static IncomeClassification ForServices(InvoiceType type) =>
        new(Services, InvoiceTypes.IsRetail(type) ? RetailToConsumers : WholesaleToBusiness);
}
