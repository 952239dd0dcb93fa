namespace Dixis.Infrastructure.Seeding;

/// <summary>The categories of the Greek market, created by greek-market-setup and the seed.</summary>
internal static class DemoCategories
{
    public static readonly IReadOnlyList<(string Slug, string NameEl, string NameEn)> All =
    [
        ("meli", "Μέλι", "Honey"),
        ("elaiolado", "Ελαιόλαδο", "Olive oil"),
        ("tyria", "Τυριά", "Cheese"),
        ("elies", "Ελιές", "Olives"),
        ("ospria", "Όσπρια", "Legumes"),
        ("zymarika", "Ζυμαρικά", "Pasta"),
        ("votana-mpacharika", "Βότανα και μπαχαρικά", "Herbs and spices"),
        ("xiroi-karpoi", "Ξηροί καρποί", "Nuts"),
        ("krasia", "Κρασιά", "Wine"),
        ("apostagmata", "Αποστάγματα", "Spirits"),
        ("glyka-koutaliou", "Γλυκά του κουταλιού", "Spoon sweets"),
        ("mastiha", "Μαστίχα", "Mastiha"),
    ];
}
