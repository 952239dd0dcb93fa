using Dixis.Domain.Vat;
using Dixis.Infrastructure.Data.Catalog;
using static Dixis.Domain.Vat.VatRateClass;
using static Dixis.Infrastructure.Data.Catalog.Allergens;
using static Dixis.Infrastructure.Data.Catalog.QualityLabel;
using static Dixis.Infrastructure.Data.Catalog.SaleUnit;

namespace Dixis.Infrastructure.Seeding;

/// <summary>The demo catalogue: real Greek products with their VAT class by product (wine, spirits and flavoured honey are standard-rated).</summary>
internal static class DemoProducts
{
    public sealed record Item(
        string Producer, string Category, string Name, decimal Price, SaleUnit Unit, decimal NetQuantity, int WeightGrams, int? Stock,
        VatRateClass Vat, Allergens Allergens, QualityLabel Label, bool Organic, string Description, string Ingredients);

    private static Item P(string producer, string category, string name, decimal price, SaleUnit unit, decimal net, int grams, int? stock,
        VatRateClass vat, string description, string ingredients, Allergens allergens = Allergens.None, QualityLabel label = QualityLabel.None, bool organic = false) =>
        new(producer, category, name, price, unit, net, grams, stock, vat, allergens, label, organic, description, ingredients);

    public static readonly IReadOnlyList<Item> All =
    [
        // Crete: honey
        P("psiloritis", "meli", "Μέλι Θυμαρίσιο Κρήτης", 14.50m, Kilogram, 0.95m, 1100, 120, Reduced, "Αγνό θυμαρίσιο μέλι από τον Ψηλορείτη, πλούσιο άρωμα και κρυσταλλώνει αργά.", "100% θυμαρίσιο μέλι"),
        P("psiloritis", "meli", "Μέλι Ανθέων Κρήτης", 11.00m, Kilogram, 0.95m, 1100, 80, Reduced, "Ανθόμελο από αγριολούλουδα της Κρήτης.", "100% μέλι ανθέων"),
        P("psiloritis", "meli", "Μέλι Πεύκου Κρήτης", 10.50m, Kilogram, 0.95m, 1100, 60, Reduced, "Πευκόμελο χαμηλό σε γλυκύτητα, πλούσιο σε ιχνοστοιχεία.", "100% μέλι πεύκου"),
        P("psiloritis", "meli", "Μέλι Θυμαρίσιο με Καρύδια", 12.00m, Kilogram, 0.45m, 600, 40, Standard, "Θυμαρίσιο μέλι με κομμάτια καρυδιού: αρωματισμένο μέλι, κανονικός ΦΠΑ.", "θυμαρίσιο μέλι, καρύδια", Nuts),
        P("psiloritis", "meli", "Κηρήθρα Θυμαρίσια", 16.00m, Kilogram, 0.40m, 500, 25, Reduced, "Ολόκληρη κηρήθρα με θυμαρίσιο μέλι.", "μέλι σε κηρήθρα"),
        P("psiloritis", "meli", "Γύρη Μελισσών Κρήτης", 9.50m, Kilogram, 0.25m, 300, 50, Reduced, "Φρέσκια γύρη από κυψέλες της Κρήτης.", "γύρη μελισσών"),
        P("psiloritis", "votana-mpacharika", "Δίκταμο Κρήτης", 4.80m, Kilogram, 0.03m, 60, 100, Reduced, "Αποξηραμένο δίκταμο για αφέψημα.", "δίκταμο"),
        // Messinia: olive oil and olives
        P("kalamata", "elaiolado", "Εξαιρετικό Παρθένο Ελαιόλαδο Καλαμάτας", 12.90m, Litre, 1m, 1100, 200, Reduced, "Ελαιόλαδο από ποικιλία Κορωνέικη, ψυχρής έκθλιψης, οξύτητα κάτω από 0,3.", "100% εξαιρετικό παρθένο ελαιόλαδο", label: Pdo),
        P("kalamata", "elaiolado", "Εξαιρετικό Παρθένο Ελαιόλαδο 5 λίτρα", 54.00m, Litre, 5m, 5300, 80, Reduced, "Δοχείο 5 λίτρων, σοδειά της χρονιάς.", "100% εξαιρετικό παρθένο ελαιόλαδο"),
        P("kalamata", "elaiolado", "Βιολογικό Ελαιόλαδο Αγουρέλαιο", 16.50m, Litre, 0.5m, 700, 60, Reduced, "Πρώιμη συγκομιδή από πράσινες ελιές, πικάντικο και φρουτώδες.", "100% βιολογικό εξαιρετικό παρθένο ελαιόλαδο", organic: true),
        P("kalamata", "elies", "Ελιές Καλαμών", 6.40m, Kilogram, 0.5m, 700, 150, Reduced, "Ελιές Καλαμών ΠΟΠ σε άλμη με ξίδι κρασιού.", "ελιές Καλαμών, νερό, αλάτι, ξίδι", Sulphites, Pdo),
        P("kalamata", "elies", "Ελιές Καλαμών Σχιστές", 6.90m, Kilogram, 0.5m, 700, 90, Reduced, "Χαρακτές ελιές Καλαμών με ρίγανη και λεμόνι.", "ελιές Καλαμών, ελαιόλαδο, ρίγανη, λεμόνι, αλάτι"),
        P("kalamata", "elies", "Πάστα Ελιάς Καλαμών", 4.90m, Kilogram, 0.2m, 300, 70, Reduced, "Αλοιφή από ελιές Καλαμών και ελαιόλαδο.", "ελιές Καλαμών, ελαιόλαδο, ξίδι", Sulphites),
        P("kalamata", "glyka-koutaliou", "Σύκα Καλαμάτας Λιαστά", 7.20m, Kilogram, 0.5m, 550, 60, Reduced, "Λιαστά σύκα Καλαμάτας σε αρμαθιά.", "σύκα"),
        // Chios: mastiha
        P("pyrgi", "mastiha", "Μαστίχα Χίου", 18.00m, Kilogram, 0.05m, 80, 300, Reduced, "Φυσική μαστίχα Χίου ΠΟΠ σε δάκρυ, μεσαίο μέγεθος.", "μαστίχα Χίου", label: Pdo),
        P("pyrgi", "mastiha", "Μαστίχα Χίου Σκόνη", 9.00m, Kilogram, 0.02m, 40, 150, Reduced, "Τριμμένη μαστίχα για γλυκά και ψωμί.", "μαστίχα Χίου", label: Pdo),
        P("pyrgi", "mastiha", "Μαστιχέλαιο", 24.00m, Litre, 0.005m, 40, 40, Standard, "Αιθέριο έλαιο μαστίχας Χίου για καλλυντική χρήση.", "αιθέριο έλαιο μαστίχας"),
        P("pyrgi", "apostagmata", "Λικέρ Μαστίχα Χίου", 19.50m, Litre, 0.7m, 1200, 60, Standard, "Λικέρ με απόσταγμα μαστίχας Χίου.", "αλκοόλη, ζάχαρη, απόσταγμα μαστίχας"),
        P("pyrgi", "glyka-koutaliou", "Γλυκό Κουταλιού Μαστίχα", 6.50m, Kilogram, 0.45m, 650, 80, Reduced, "Το παραδοσιακό υποβρύχιο της Χίου.", "ζάχαρη, νερό, μαστίχα Χίου, γλυκόζη"),
        P("pyrgi", "glyka-koutaliou", "Γλυκό Κουταλιού Μανταρίνι Χίου", 6.80m, Kilogram, 0.45m, 650, 70, Reduced, "Μανταρίνια Χίου σε σιρόπι.", "μανταρίνι, ζάχαρη, λεμόνι"),
        P("pyrgi", "votana-mpacharika", "Μαστιχόρυζο Μείγμα", 4.20m, Kilogram, 0.1m, 130, 40, Reduced, "Μείγμα μπαχαρικών με μαστίχα για ρύζι και ψητά.", "μαστίχα, πιπέρι, μπαχάρι"),
        // Lesvos: cheese and ouzo
        P("kalloni", "tyria", "Λαδοτύρι Μυτιλήνης ΠΟΠ", 19.80m, Kilogram, 1m, 1050, 40, Reduced, "Σκληρό τυρί ωριμασμένο σε ελαιόλαδο, από πρόβειο γάλα Λέσβου.", "πρόβειο γάλα, πυτιά, αλάτι", Milk, Pdo),
        P("kalloni", "tyria", "Φέτα Λέσβου", 11.50m, Kilogram, 1m, 1100, 60, Reduced, "Φέτα ωριμασμένη σε βαρέλι, από πρόβειο και γίδινο γάλα.", "πρόβειο γάλα, γίδινο γάλα, πυτιά, αλάτι", Milk, Pdo),
        P("kalloni", "tyria", "Κασέρι Λέσβου", 13.20m, Kilogram, 0.5m, 550, 30, Reduced, "Ημίσκληρο κασέρι με ήπια γεύση.", "πρόβειο γάλα, πυτιά, αλάτι", Milk),
        P("kalloni", "tyria", "Μιζήθρα Λέσβου", 8.50m, Kilogram, 0.5m, 550, 25, Reduced, "Ξερή μιζήθρα για τρίψιμο.", "πρόβειο γάλα, αλάτι", Milk),
        P("kalloni", "apostagmata", "Ούζο Πλωμαρίου", 14.00m, Litre, 0.7m, 1200, 120, Standard, "Ούζο αποσταγμένο στο Πλωμάρι.", "αλκοόλη, γλυκάνισο, μάραθο"),
        P("kalloni", "elies", "Ελιές Αδραμυτιανές Λέσβου", 5.60m, Kilogram, 0.5m, 700, 50, Reduced, "Μαύρες ελιές της Λέσβου, θρούμπες.", "ελιές, αλάτι"),
        P("kalloni", "elaiolado", "Ελαιόλαδο Λέσβου", 11.80m, Litre, 1m, 1100, 70, Reduced, "Εξαιρετικό παρθένο από Αδραμυτιανή ποικιλία.", "100% εξαιρετικό παρθένο ελαιόλαδο"),
        // Lemnos
        P("lemnos", "tyria", "Καλαθάκι Λήμνου ΠΟΠ", 12.40m, Kilogram, 1m, 1100, 35, Reduced, "Λευκό τυρί άλμης σε καλάθι, από τη Λήμνο.", "πρόβειο γάλα, γίδινο γάλα, πυτιά, αλάτι", Milk, Pdo),
        P("lemnos", "tyria", "Μελίχλωρο Λήμνου", 15.60m, Kilogram, 0.5m, 550, 20, Reduced, "Παραδοσιακό ημίσκληρο τυρί της Λήμνου.", "πρόβειο γάλα, γίδινο γάλα, αλάτι", Milk),
        P("lemnos", "zymarika", "Φλομάρια Λήμνου", 4.20m, Kilogram, 0.5m, 550, 80, Reduced, "Χειροποίητα ζυμαρικά με αυγά και γάλα.", "σιμιγδάλι, αυγά, γάλα, αλάτι", Gluten | Eggs | Milk),
        P("lemnos", "meli", "Μέλι Θυμαρίσιο Λήμνου", 13.00m, Kilogram, 0.95m, 1100, 45, Reduced, "Θυμαρίσιο μέλι από τη βόρεια Λήμνο.", "100% θυμαρίσιο μέλι"),
        P("lemnos", "krasia", "Κρασί Μοσχάτο Λήμνου", 11.00m, Litre, 0.75m, 1300, 60, Standard, "Λευκό ξηρό από Μοσχάτο Αλεξανδρείας.", "σταφύλια, θειώδη", Sulphites, Pdo),
        P("lemnos", "ospria", "Ρεβίθια Λήμνου", 4.60m, Kilogram, 0.5m, 550, 90, Reduced, "Μικρόσπερμα ρεβίθια που βράζουν εύκολα.", "ρεβίθια"),
        P("lemnos", "ospria", "Λαθούρι Λήμνου", 5.20m, Kilogram, 0.5m, 550, 60, Reduced, "Λαθούρι για φάβα με έντονη γεύση.", "λαθούρι"),
        // Santorini
        P("santorini", "ospria", "Φάβα Σαντορίνης ΠΟΠ", 8.90m, Kilogram, 0.5m, 550, 140, Reduced, "Κίτρινη φάβα από το λαθούρι της Σαντορίνης, βελούδινη υφή.", "λαθούρι Σαντορίνης", label: Pdo),
        P("santorini", "krasia", "Κρασί Ασύρτικο", 18.50m, Litre, 0.75m, 1300, 90, Standard, "Λευκό ξηρό Ασύρτικο Σαντορίνης, ορυκτό και δροσερό.", "σταφύλια Ασύρτικο, θειώδη", Sulphites, Pdo),
        P("santorini", "krasia", "Κρασί Βινσάντο", 32.00m, Litre, 0.5m, 900, 30, Standard, "Γλυκό κρασί από λιαστά σταφύλια.", "σταφύλια Ασύρτικο και Αηδάνι, θειώδη", Sulphites, Pdo),
        P("santorini", "krasia", "Κρασί Μαυροτράγανο", 24.00m, Litre, 0.75m, 1300, 40, Standard, "Ερυθρό ξηρό από τη σπάνια ποικιλία της Σαντορίνης.", "σταφύλια Μαυροτράγανο, θειώδη", Sulphites),
        P("santorini", "glyka-koutaliou", "Ντοματάκι Σαντορίνης Γλυκό", 7.40m, Kilogram, 0.4m, 600, 35, Reduced, "Γλυκό κουταλιού από το ντοματάκι της Σαντορίνης.", "ντοματάκια, ζάχαρη, λεμόνι"),
        P("santorini", "votana-mpacharika", "Κάπαρη Σαντορίνης", 6.30m, Kilogram, 0.15m, 250, 70, Reduced, "Κάπαρη σε άλμη από τα βράχια της Καλντέρας.", "κάπαρη, αλάτι, ξίδι", Sulphites),
        P("santorini", "ospria", "Λιαστή Ντομάτα Σαντορίνης", 6.90m, Kilogram, 0.2m, 250, 50, Reduced, "Ντοματάκια λιαστά στον ήλιο.", "ντοματάκια, αλάτι"),
        // Kozani
        P("kozani", "votana-mpacharika", "Κρόκος Κοζάνης", 12.00m, Kilogram, 0.002m, 30, 250, Reduced, "Στίγματα κρόκου Κοζάνης ΠΟΠ, το κόκκινο χρυσάφι.", "κρόκος", label: Pdo),
        P("kozani", "votana-mpacharika", "Κρόκος Κοζάνης 4 γραμμάρια", 22.00m, Kilogram, 0.004m, 40, 150, Reduced, "Μεγάλη συσκευασία κρόκου σε γυάλινο δοχείο.", "κρόκος", label: Pdo),
        P("kozani", "meli", "Μέλι με Κρόκο Κοζάνης", 14.00m, Kilogram, 0.25m, 350, 40, Standard, "Ανθόμελο αρωματισμένο με κρόκο: αρωματισμένο μέλι, κανονικός ΦΠΑ.", "μέλι, κρόκος"),
        P("kozani", "apostagmata", "Λικέρ Κρόκου", 21.00m, Litre, 0.5m, 900, 30, Standard, "Λικέρ με κρόκο Κοζάνης.", "αλκοόλη, ζάχαρη, κρόκος"),
        P("kozani", "zymarika", "Χυλοπίτες με Κρόκο", 4.50m, Kilogram, 0.5m, 550, 60, Reduced, "Χυλοπίτες με αυγά και κρόκο Κοζάνης.", "αλεύρι, αυγά, γάλα, κρόκος", Gluten | Eggs | Milk),
        P("kozani", "glyka-koutaliou", "Γλυκό Κουταλιού Κυδώνι", 6.20m, Kilogram, 0.45m, 650, 50, Reduced, "Κυδώνι κομμένο σε κύβους.", "κυδώνι, ζάχαρη, λεμόνι"),
        // Aegina
        P("aegina", "xiroi-karpoi", "Φιστίκι Αιγίνης", 9.80m, Kilogram, 0.25m, 300, 180, Reduced, "Φιστίκι Αιγίνης ΠΟΠ καβουρδισμένο με θαλασσινό αλάτι.", "φιστίκια Αιγίνης, αλάτι", Nuts, Pdo),
        P("aegina", "xiroi-karpoi", "Φιστίκι Αιγίνης Ωμό", 10.50m, Kilogram, 0.25m, 300, 90, Reduced, "Ωμά αποφλοιωμένα φιστίκια για ζαχαροπλαστική.", "φιστίκια Αιγίνης", Nuts, Pdo),
        P("aegina", "xiroi-karpoi", "Πάστα Φιστικιού Αιγίνης", 12.50m, Kilogram, 0.2m, 300, 45, Reduced, "Αλοιφή 100% φιστίκι.", "φιστίκια Αιγίνης", Nuts),
        P("aegina", "glyka-koutaliou", "Γλυκό Φιστίκι Αιγίνης", 8.90m, Kilogram, 0.45m, 650, 30, Reduced, "Γλυκό κουταλιού από άγουρο φιστίκι.", "φιστίκι, ζάχαρη", Nuts),
        P("aegina", "xiroi-karpoi", "Αμύγδαλα Αιγίνης", 7.80m, Kilogram, 0.25m, 300, 70, Reduced, "Αμύγδαλα ψημένα χωρίς αλάτι.", "αμύγδαλα", Nuts),
        P("aegina", "xiroi-karpoi", "Παστέλι με Φιστίκι", 3.20m, Kilogram, 0.08m, 100, 120, Reduced, "Παστέλι με μέλι, σουσάμι και φιστίκι Αιγίνης.", "σουσάμι, μέλι, φιστίκι", Sesame | Nuts),
        // Tyrnavos
        P("tyrnavos", "apostagmata", "Τσίπουρο", 12.00m, Litre, 0.7m, 1200, 150, Standard, "Τσίπουρο χωρίς γλυκάνισο, διπλής απόσταξης.", "απόσταγμα στέμφυλων"),
        P("tyrnavos", "apostagmata", "Τσίπουρο με Γλυκάνισο", 12.50m, Litre, 0.7m, 1200, 120, Standard, "Τσίπουρο Τυρνάβου με γλυκάνισο.", "απόσταγμα στέμφυλων, γλυκάνισο"),
        P("tyrnavos", "apostagmata", "Ούζο Τυρνάβου", 11.00m, Litre, 0.7m, 1200, 90, Standard, "Ούζο με γλυκάνισο από τον Τύρναβο.", "αλκοόλη, γλυκάνισο"),
        P("tyrnavos", "krasia", "Κρασί Ροζέ Τυρνάβου", 8.50m, Litre, 0.75m, 1300, 70, Standard, "Ροζέ ημίγλυκο από Μοσχάτο Αμβούργου.", "σταφύλια, θειώδη", Sulphites, Pgi),
        P("tyrnavos", "krasia", "Κρασί Ξινόμαυρο", 13.00m, Litre, 0.75m, 1300, 60, Standard, "Ερυθρό ξηρό από Ξινόμαυρο.", "σταφύλια Ξινόμαυρο, θειώδη", Sulphites),
        P("tyrnavos", "glyka-koutaliou", "Πετιμέζι", 5.20m, Litre, 0.25m, 400, 40, Reduced, "Συμπυκνωμένος μούστος σταφυλιού.", "μούστος σταφυλιού"),
        // Kalymnos
        P("kalymnos", "votana-mpacharika", "Ρίγανη", 3.50m, Kilogram, 0.05m, 80, 200, Reduced, "Άγρια ρίγανη Καλύμνου, μαζεμένη με το χέρι.", "ρίγανη"),
        P("kalymnos", "votana-mpacharika", "Θρούμπι Καλύμνου", 3.80m, Kilogram, 0.05m, 80, 120, Reduced, "Θρούμπι για σαλάτες και ψητά.", "θρούμπι"),
        P("kalymnos", "votana-mpacharika", "Φασκόμηλο", 3.20m, Kilogram, 0.04m, 70, 100, Reduced, "Φασκόμηλο για τσάι.", "φασκόμηλο"),
        P("kalymnos", "meli", "Μέλι Θυμαρίσιο Καλύμνου", 15.50m, Kilogram, 0.95m, 1100, 50, Reduced, "Σπάνιο θυμαρίσιο μέλι από τα βράχια της Καλύμνου.", "100% θυμαρίσιο μέλι"),
        P("kalymnos", "votana-mpacharika", "Θυμάρι", 3.40m, Kilogram, 0.05m, 80, 90, Reduced, "Αποξηραμένο θυμάρι Καλύμνου.", "θυμάρι"),
        P("kalymnos", "votana-mpacharika", "Τσάι του Βουνού", 3.90m, Kilogram, 0.04m, 70, 110, Reduced, "Σιδερίτης για αφέψημα.", "σιδερίτης"),
        // Epirus
        P("epirus", "tyria", "Φέτα ΠΟΠ", 10.90m, Kilogram, 1m, 1100, 150, Reduced, "Φέτα ΠΟΠ ωριμασμένη σε δοχείο, από πρόβειο και γίδινο γάλα Ηπείρου.", "πρόβειο γάλα, γίδινο γάλα, πυτιά, αλάτι", Milk, Pdo),
        P("epirus", "tyria", "Φέτα ΠΟΠ Βαρελίσια", 13.40m, Kilogram, 1m, 1100, 70, Reduced, "Φέτα ωριμασμένη σε ξύλινο βαρέλι.", "πρόβειο γάλα, γίδινο γάλα, πυτιά, αλάτι", Milk, Pdo),
        P("epirus", "tyria", "Μετσοβόνε ΠΟΠ", 18.50m, Kilogram, 0.5m, 550, 25, Reduced, "Καπνιστό τυρί του Μετσόβου.", "αγελαδινό γάλα, πρόβειο γάλα, αλάτι", Milk, Pdo),
        P("epirus", "tyria", "Γραβιέρα Ηπείρου", 16.80m, Kilogram, 1m, 1050, 40, Reduced, "Σκληρό τυρί με γλυκιά επίγευση.", "πρόβειο γάλα, πυτιά, αλάτι", Milk),
        P("epirus", "zymarika", "Τραχανάς", 4.80m, Kilogram, 0.5m, 550, 100, Reduced, "Ξινός τραχανάς με πρόβειο γάλα, φτιαγμένος στο χέρι.", "σιτάρι, πρόβειο γάλα, αλάτι", Gluten | Milk),
        P("epirus", "zymarika", "Τραχανάς Γλυκός", 4.60m, Kilogram, 0.5m, 550, 80, Reduced, "Γλυκός τραχανάς με φρέσκο γάλα.", "σιτάρι, γάλα, αλάτι", Gluten | Milk),
        P("epirus", "zymarika", "Χυλοπίτες Ηπείρου", 3.90m, Kilogram, 0.5m, 550, 90, Reduced, "Χυλοπίτες με αυγά χωριού.", "αλεύρι, αυγά, γάλα", Gluten | Eggs | Milk),
        P("epirus", "tyria", "Ανθότυρο Ηπείρου", 7.90m, Kilogram, 0.5m, 550, 20, Reduced, "Φρέσκο μαλακό τυρί.", "πρόβειο γάλα, αλάτι", Milk),
        // Prespes
        P("prespes", "ospria", "Φασόλια Γίγαντες Πρεσπών ΠΓΕ", 7.50m, Kilogram, 0.5m, 550, 120, Reduced, "Γίγαντες Πρεσπών ΠΓΕ, μαλακοί και βουτυράτοι.", "φασόλια γίγαντες", label: Pgi),
        P("prespes", "ospria", "Φασόλια Ελέφαντες Πρεσπών ΠΓΕ", 8.20m, Kilogram, 0.5m, 550, 90, Reduced, "Ελέφαντες Πρεσπών ΠΓΕ για φούρνο.", "φασόλια ελέφαντες", label: Pgi),
        P("prespes", "ospria", "Φακές Ψιλές", 3.60m, Kilogram, 0.5m, 550, 150, Reduced, "Ψιλές φακές που βράζουν γρήγορα.", "φακές", organic: true),
        P("prespes", "ospria", "Ρεβίθια Βιολογικά", 4.10m, Kilogram, 0.5m, 550, 100, Reduced, "Βιολογικά ρεβίθια για σούπα και χούμους.", "ρεβίθια", organic: true),
        P("prespes", "zymarika", "Κριθαράκι Χειροποίητο", 3.70m, Kilogram, 0.5m, 550, 110, Reduced, "Κριθαράκι από σκληρό σιτάρι.", "σιμιγδάλι, νερό", Gluten),
        P("prespes", "zymarika", "Μακαρόνια Ολικής Άλεσης", 3.20m, Kilogram, 0.5m, 550, 130, Reduced, "Μακαρόνια ολικής από ελληνικό σιτάρι.", "σιμιγδάλι ολικής άλεσης, νερό", Gluten, organic: true),
        P("prespes", "glyka-koutaliou", "Γλυκό Κουταλιού Βύσσινο", 6.40m, Kilogram, 0.45m, 650, 60, Reduced, "Βύσσινο σε σιρόπι από τις Πρέσπες.", "βύσσινο, ζάχαρη"),
        P("prespes", "xiroi-karpoi", "Καρύδια Πρεσπών", 8.40m, Kilogram, 0.5m, 550, 60, Reduced, "Καθαρισμένα καρύδια νέας σοδειάς.", "καρύδια", Nuts),
        P("prespes", "elaiolado", "Καρυδέλαιο", 14.00m, Litre, 0.25m, 400, 20, Reduced, "Έλαιο από καρύδια ψυχρής πίεσης.", "καρύδια", Nuts),
        P("kalamata", "elaiolado", "Ελαιόλαδο με Λεμόνι", 9.50m, Litre, 0.25m, 400, 40, Reduced, "Ελαιόλαδο αρωματισμένο με φλούδα λεμονιού.", "ελαιόλαδο, λεμόνι"),
        P("santorini", "apostagmata", "Τσικουδιά Σαντορίνης", 15.00m, Litre, 0.5m, 900, 40, Standard, "Απόσταγμα από στέμφυλα Ασύρτικου.", "απόσταγμα στέμφυλων"),
    ];
}
