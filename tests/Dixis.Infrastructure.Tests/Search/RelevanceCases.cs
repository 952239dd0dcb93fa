namespace Dixis.Infrastructure.Tests.Search;

/// <summary>
/// The relevance suite: what people type, and the demo product that must be in the top 3. Shared by the Lucene
/// tests and the live Elasticsearch tests (run when DIXIS_TEST_ELASTICSEARCH_URL is set).
/// </summary>
public static class RelevanceCases
{
    public static TheoryData<string, string, string> All => new()
    {
        // accents, capitals, final sigma
        { "accents", "μέλι θυμαρίσιο", "Μέλι Θυμαρίσιο Κρήτης" },
        { "no accents", "μελι θυμαρισιο", "Μέλι Θυμαρίσιο Κρήτης" },
        { "capitals", "ΜΕΛΙ ΘΥΜΑΡΙΣΙΟ", "Μέλι Θυμαρίσιο Κρήτης" },
        { "capitals with tonos", "ΜΈΛΙ ΘΥΜΑΡΊΣΙΟ ΚΡΉΤΗΣ", "Μέλι Θυμαρίσιο Κρήτης" },
        { "exact name", "Μέλι Θυμαρίσιο Κρήτης", "Μέλι Θυμαρίσιο Κρήτης" },
        { "final sigma", "κροκος", "Κρόκος Κοζάνης" },
        { "final sigma written σ", "ΚΡΟΚΟΣ ΚΟΖΑΝΗΣ", "Κρόκος Κοζάνης" },
        { "medial sigma as final", "τραχανάς", "Τραχανάς" },
        { "capital dialytika", "ΤΣΑΪ ΤΟΥ ΒΟΥΝΟΥ", "Τσάι του Βουνού" },
        { "capital no accents", "ΦΕΤΑ", "Φέτα ΠΟΠ" },
        { "stemmed plural", "ελιες καλαμων", "Ελιές Καλαμών" },
        { "stemmed genitive", "φιστίκια", "Φιστίκι Αιγίνης" },
        { "stemmed form", "ρεβίθι", "Ρεβίθια Λήμνου" },
        { "stemmed form 2", "κρασιά ασύρτικο", "Κρασί Ασύρτικο" },
        // formal Greeklish (ELOT 743)
        { "elot", "meli thymarisio", "Μέλι Θυμαρίσιο Κρήτης" },
        { "elot 2", "elaiolado kalamatas", "Εξαιρετικό Παρθένο Ελαιόλαδο Καλαμάτας" },
        { "elot 3", "mastícha chiou", "Μαστίχα Χίου" },
        { "elot 4", "krokos kozanis", "Κρόκος Κοζάνης" },
        { "elot 5", "fistiki aiginis", "Φιστίκι Αιγίνης" },
        { "elot 6", "tsipouro", "Τσίπουρο" },
        { "elot 7", "trachanas", "Τραχανάς" },
        { "elot 8", "fava santorinis", "Φάβα Σαντορίνης ΠΟΠ" },
        { "elot 9", "ladotyri mytilinis", "Λαδοτύρι Μυτιλήνης ΠΟΠ" },
        { "elot 10", "feta", "Φέτα ΠΟΠ" },
        { "elot 11", "rigani", "Ρίγανη" },
        { "elot 12", "asyrtiko", "Κρασί Ασύρτικο" },
        { "elot 13", "metsovone", "Μετσοβόνε ΠΟΠ" },
        { "elot 14", "fasolia gigantes", "Φασόλια Γίγαντες Πρεσπών ΠΓΕ" },
        // informal Greeklish
        { "informal h for χ", "mastiha", "Μαστίχα Χίου" },
        { "informal x for χ", "mastixa xiou", "Μαστίχα Χίου" },
        { "informal 8 for θ", "meli 8ymarisio", "Μέλι Θυμαρίσιο Κρήτης" },
        { "informal 8 and i", "8imarisio meli", "Μέλι Θυμαρίσιο Κρήτης" },
        { "informal ks for ξ", "ksinomavro", "Κρασί Ξινόμαυρο" },
        { "informal x for ξ", "xinomavro", "Κρασί Ξινόμαυρο" },
        { "informal ps for ψ", "psiloriti thymarisio", "Μέλι Θυμαρίσιο Κρήτης" },
        { "informal u for ου", "tsipuro", "Τσίπουρο" },
        { "informal w for ω", "wmo fistiki", "Φιστίκι Αιγίνης Ωμό" },
        { "informal w for ω", "glyko kydwni", "Γλυκό Κουταλιού Κυδώνι" },
        { "informal e for αι", "eleolado kalamatas", "Εξαιρετικό Παρθένο Ελαιόλαδο Καλαμάτας" },
        { "informal i for υ", "tiri ladotiri", "Λαδοτύρι Μυτιλήνης ΠΟΠ" },
        { "informal b for μπ", "bahariko mastixoryzo", "Μαστιχόρυζο Μείγμα" },
        { "informal d for ντ", "domataki santorinis", "Ντοματάκι Σαντορίνης Γλυκό" },
        { "informal ou", "ouzo plomariou", "Ούζο Πλωμαρίου" },
        { "informal mixed", "kalathaki limnou", "Καλαθάκι Λήμνου ΠΟΠ" },
        // misspellings
        { "typo one letter", "μελι θυμαρσιο", "Μέλι Θυμαρίσιο Κρήτης" },
        { "typo transposed", "μελι θυμαρσιιο κρητης", "Μέλι Θυμαρίσιο Κρήτης" },
        { "typo greeklish", "mastixha", "Μαστίχα Χίου" },
        { "typo long word two edits", "ελαιολδαο καλαματας", "Εξαιρετικό Παρθένο Ελαιόλαδο Καλαμάτας" },
        { "typo dropped letter", "tsipuro tyrnavu", "Τσίπουρο με Γλυκάνισο" },
        { "typo wrong vowel", "γραβιερα ηπιρου", "Γραβιέρα Ηπείρου" },
        { "typo latin", "kaseri lesvu", "Κασέρι Λέσβου" },
        { "typo double letter", "assyrtiko", "Κρασί Ασύρτικο" },
        // several words
        { "several words", "μέλι με καρύδια", "Μέλι Θυμαρίσιο με Καρύδια" },
        { "several words 2", "γλυκό κουταλιού βύσσινο", "Γλυκό Κουταλιού Βύσσινο" },
        { "several words 3", "εξαιρετικό παρθένο 5 λίτρα", "Εξαιρετικό Παρθένο Ελαιόλαδο 5 λίτρα" },
        { "several words 4", "φέτα βαρελίσια", "Φέτα ΠΟΠ Βαρελίσια" },
        { "several words 5", "likér krokou", "Λικέρ Κρόκου" },
        { "several words latin", "glyko koutaliou mastiha", "Γλυκό Κουταλιού Μαστίχα" },
        // producer and region names
        { "producer", "Μελισσοκομία Ψηλορείτη θυμαρίσιο", "Μέλι Θυμαρίσιο Κρήτης" },
        { "producer latin", "apostaktirio tyrnavou tsipouro", "Τσίπουρο" },
        { "producer word", "τυροκομείο καλλονής λαδοτύρι", "Λαδοτύρι Μυτιλήνης ΠΟΠ" },
        { "region island", "λημνος μελι", "Μέλι Θυμαρίσιο Λήμνου" },
        { "region island latin", "kalymnos rigani", "Ρίγανη" },
        { "region island 2", "χίος μαστίχα", "Μαστίχα Χίου" },
        { "region prefecture", "ιωαννινα φετα", "Φέτα ΠΟΠ" },
        { "region latin", "prespes fakes", "Φακές Ψιλές" },
        { "region santorini", "santorini krasi vinsanto", "Κρασί Βινσάντο" },
        // prefix (typing)
        { "prefix greek", "μαστιχ", "Μαστίχα Χίου" },
        { "prefix latin", "kapar", "Κάπαρη Σαντορίνης" },
    };
}
