using Dixis.Domain.Greek;
using Dixis.Infrastructure.Search;

namespace Dixis.Benchmarks;

/// <summary>A deterministic generated Greek catalogue: product kinds × varieties × places, 500 producers, 12 categories.</summary>
internal static class CatalogueGenerator
{
    private static readonly (string Category, string CategoryName, string[] Kinds)[] Categories =
    [
        ("meli", "Μέλι", ["Μέλι", "Κηρήθρα", "Γύρη", "Βασιλικός Πολτός"]),
        ("elaiolado", "Ελαιόλαδο", ["Ελαιόλαδο", "Αγουρέλαιο", "Εξαιρετικό Παρθένο Ελαιόλαδο"]),
        ("tyria", "Τυριά", ["Φέτα", "Γραβιέρα", "Κασέρι", "Μιζήθρα", "Ανθότυρο", "Κεφαλοτύρι", "Λαδοτύρι"]),
        ("elies", "Ελιές", ["Ελιές", "Πάστα Ελιάς", "Ελιές Θρούμπες"]),
        ("ospria", "Όσπρια", ["Φασόλια", "Φακές", "Ρεβίθια", "Φάβα", "Γίγαντες"]),
        ("zymarika", "Ζυμαρικά", ["Χυλοπίτες", "Τραχανάς", "Κριθαράκι", "Μακαρόνια", "Λαζάνια"]),
        ("votana-mpacharika", "Βότανα και μπαχαρικά", ["Ρίγανη", "Θυμάρι", "Τσάι του Βουνού", "Φασκόμηλο", "Κρόκος", "Δίκταμο"]),
        ("xiroi-karpoi", "Ξηροί καρποί", ["Φιστίκι", "Αμύγδαλα", "Καρύδια", "Παστέλι", "Φουντούκια"]),
        ("krasia", "Κρασιά", ["Κρασί Ασύρτικο", "Κρασί Ξινόμαυρο", "Κρασί Αγιωργίτικο", "Κρασί Μοσχάτο", "Ρετσίνα"]),
        ("apostagmata", "Αποστάγματα", ["Τσίπουρο", "Ούζο", "Τσικουδιά", "Λικέρ"]),
        ("glyka-koutaliou", "Γλυκά του κουταλιού", ["Γλυκό Κουταλιού", "Μαρμελάδα", "Πετιμέζι", "Χαλβάς"]),
        ("mastiha", "Μαστίχα", ["Μαστίχα", "Μαστιχέλαιο", "Λικέρ Μαστίχα"]),
    ];

    private static readonly string[] Varieties =
    [
        "Θυμαρίσιο", "Ανθέων", "Πεύκου", "Ελάτης", "Καστανιάς", "Βιολογικό", "Παραδοσιακό", "Χειροποίητο", "Ωμό", "Καπνιστό",
        "Βαρελίσιο", "Ολικής Άλεσης", "Πικάντικο", "Γλυκό", "Ξινό", "Λιαστό", "Καβουρδισμένο", "Βουνίσιο", "Χωριάτικο", "Επιλεγμένο",
    ];

    private static readonly (string Place, string Region, string? Island)[] Places =
    [
        ("Κρήτης", "Κρήτη", null), ("Καλαμάτας", "Πελοπόννησος", null), ("Χίου", "Βόρειο Αιγαίο", "Χίος"), ("Λέσβου", "Βόρειο Αιγαίο", "Λέσβος"),
        ("Λήμνου", "Βόρειο Αιγαίο", "Λήμνος"), ("Σαντορίνης", "Νότιο Αιγαίο", "Σαντορίνη (Θήρα)"), ("Κοζάνης", "Δυτική Μακεδονία", null),
        ("Αιγίνης", "Αττική", "Αίγινα"), ("Τυρνάβου", "Θεσσαλία", null), ("Καλύμνου", "Νότιο Αιγαίο", "Κάλυμνος"), ("Ηπείρου", "Ήπειρος", null),
        ("Πρεσπών", "Δυτική Μακεδονία", null), ("Νάξου", "Νότιο Αιγαίο", "Νάξος"), ("Μετσόβου", "Ήπειρος", null), ("Μάνης", "Πελοπόννησος", null),
        ("Ολύμπου", "Θεσσαλία", null), ("Χαλκιδικής", "Κεντρική Μακεδονία", null), ("Κεφαλονιάς", "Ιόνια Νησιά", "Κεφαλονιά"),
        ("Κέρκυρας", "Ιόνια Νησιά", "Κέρκυρα"), ("Ικαρίας", "Βόρειο Αιγαίο", "Ικαρία"),
    ];

    private static readonly string[] ProducerKinds = ["Μελισσοκομία", "Ελαιώνες", "Τυροκομείο", "Αποστακτήριο", "Συνεταιρισμός", "Κτήμα", "Αγρόκτημα", "Βότανα"];

    private static readonly string[] Surnames = ["Παπαδόπουλου", "Γεωργίου", "Νικολάου", "Ιωάννου", "Δημητρίου", "Κωνσταντίνου", "Αθανασίου", "Μιχαήλ", "Βασιλείου", "Αλεξίου"];

    private static readonly string[] Sentences =
    [
        "Παραδοσιακή συνταγή από οικογενειακή παραγωγή.", "Συλλέγεται με το χέρι και συσκευάζεται στον τόπο παραγωγής.",
        "Πλούσιο άρωμα και έντονη γεύση.", "Χωρίς συντηρητικά και πρόσθετα.", "Ιδανικό για το ελληνικό τραπέζι.",
        "Ωριμάζει αργά σε δροσερό κελάρι.", "Από ντόπιες ποικιλίες της περιοχής.", "Βραβευμένο σε πανελλήνιους διαγωνισμούς.",
    ];

    public static List<SearchDocument> Generate(int count)
    {
        var random = new Random(2026);
        var producers = Enumerable.Range(0, 500).Select(i =>
        {
            var place = Places[i % Places.Length];
            var name = $"{ProducerKinds[i % ProducerKinds.Length]} {Surnames[(i / ProducerKinds.Length) % Surnames.Length]} {place.Place}";
            return (Id: new Guid(i + 1, 0, 0, new byte[8]), Name: name, Slug: GreekText.Slugify(name) + "-" + i, Place: place);
        }).ToArray();
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var docs = new List<SearchDocument>(count);
        for (var i = 0; i < count; i++)
        {
            var (slug, categoryName, kinds) = Categories[random.Next(Categories.Length)];
            var producer = producers[random.Next(producers.Length)];
            var name = $"{kinds[random.Next(kinds.Length)]} {Varieties[random.Next(Varieties.Length)]} {producer.Place.Place}";
            var label = random.Next(10) switch { 0 => "Pdo", 1 => "Pgi", _ => "None" };
            docs.Add(new SearchDocument
            {
                Id = new Guid(0, 1, 0, BitConverter.GetBytes((long)i)),
                Slug = GreekText.Slugify(name) + "-" + i,
                Name = name,
                Description = $"{name}. {Sentences[random.Next(Sentences.Length)]} {Sentences[random.Next(Sentences.Length)]}",
                CategorySlug = slug,
                CategoryName = categoryName,
                ProducerId = producer.Id,
                ProducerSlug = producer.Slug,
                ProducerName = producer.Name,
                Region = producer.Place.Island ?? producer.Place.Region,
                Place = $"{producer.Place.Region} {producer.Place.Island}",
                QualityLabel = label,
                IsOrganic = random.Next(5) == 0,
                Price = Math.Round((decimal)(2 + random.NextDouble() * 60), 2),
                Unit = "Kilogram",
                NetQuantity = 0.5m,
                InStock = random.Next(20) != 0,
                ImageKey = null,
                CreatedAt = start.AddMinutes(-i),
            });
        }

        return docs;
    }
}
