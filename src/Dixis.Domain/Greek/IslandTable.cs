namespace Dixis.Domain.Greek;

/// <summary>
/// Explicit five-digit postal codes of Greek islands. Islands share three-digit ranges (Lesvos and Lemnos in 81x,
/// Samos and Ikaria in 83x, Rhodes, Chalki and Megisti in 851), so only whole codes are trusted to name an island.
/// </summary>
/// <remarks>
/// Codes follow ELTA as best known; the ones marked "unverified" should be confirmed against the ELTA list
/// before they decide money. A code must appear under one island only (checked at start-up).
/// </remarks>
internal static class IslandTable
{
    private const string NorthAegeanLesvos = "Λέσβου";
    private const string Dodecanese = "Δωδεκανήσου";
    private const string Cyclades = "Κυκλάδων";
    private const string AtticaPref = "Αττικής";

    public static IReadOnlyList<IslandPostalCodes> All { get; } =
    [
        // North Aegean
        I("lesvos", "Λέσβος", NorthAegeanLesvos, Regions.NorthAegean, ShippingZone.LargeIsland,
            "81100", "81131", "81132", "81101", "81102", "81103", "81104", "81105", "81106", "81107", "81108", "81109", "81300"),
        I("lemnos", "Λήμνος", NorthAegeanLesvos, Regions.NorthAegean, ShippingZone.SmallIsland, "81400", "81401"),
        I("agios-efstratios", "Άγιος Ευστράτιος", NorthAegeanLesvos, Regions.NorthAegean, ShippingZone.Remote, "81500"), // unverified
        I("chios", "Χίος", "Χίου", Regions.NorthAegean, ShippingZone.LargeIsland,
            "82100", "82131", "82132", "82102", "82103", "82200", "82300"),
        I("oinousses", "Οινούσσες", "Χίου", Regions.NorthAegean, ShippingZone.SmallIsland, "82101"), // unverified
        I("psara", "Ψαρά", "Χίου", Regions.NorthAegean, ShippingZone.Remote, "82104"),
        I("samos", "Σάμος", "Σάμου", Regions.NorthAegean, ShippingZone.LargeIsland,
            "83100", "83101", "83102", "83103", "83104", "83200"),
        I("ikaria", "Ικαρία", "Σάμου", Regions.NorthAegean, ShippingZone.SmallIsland, "83300", "83301", "83302"),
        I("fournoi", "Φούρνοι Κορσεών", "Σάμου", Regions.NorthAegean, ShippingZone.SmallIsland, "83400"),

        // Thrace and Macedonia
        I("samothraki", "Σαμοθράκη", "Έβρου", Regions.EasternMacedoniaThrace, ShippingZone.SmallIsland, "68002"),
        I("thasos", "Θάσος", "Καβάλας", Regions.EasternMacedoniaThrace, ShippingZone.SmallIsland, "64004"),

        // Dodecanese
        I("rhodes", "Ρόδος", Dodecanese, Regions.SouthAegean, ShippingZone.LargeIsland,
            "85100", "85131", "85132", "85133", "85101", "85102", "85103", "85104", "85105", "85106", "85107", "85108", "85109"),
        I("chalki", "Χάλκη", Dodecanese, Regions.SouthAegean, ShippingZone.SmallIsland, "85110"),
        I("megisti", "Μεγίστη (Καστελλόριζο)", Dodecanese, Regions.SouthAegean, ShippingZone.Remote, "85111"),
        I("kalymnos", "Κάλυμνος", Dodecanese, Regions.SouthAegean, ShippingZone.SmallIsland, "85200"),
        I("kos", "Κως", Dodecanese, Regions.SouthAegean, ShippingZone.LargeIsland, "85300", "85301", "85302"),
        I("nisyros", "Νίσυρος", Dodecanese, Regions.SouthAegean, ShippingZone.SmallIsland, "85303"),
        I("leros", "Λέρος", Dodecanese, Regions.SouthAegean, ShippingZone.SmallIsland, "85400"),
        I("patmos", "Πάτμος", Dodecanese, Regions.SouthAegean, ShippingZone.SmallIsland, "85500"),
        I("symi", "Σύμη", Dodecanese, Regions.SouthAegean, ShippingZone.SmallIsland, "85600"),
        I("karpathos", "Κάρπαθος", Dodecanese, Regions.SouthAegean, ShippingZone.SmallIsland, "85700"),
        I("kasos", "Κάσος", Dodecanese, Regions.SouthAegean, ShippingZone.SmallIsland, "85800"),
        I("astypalaia", "Αστυπάλαια", Dodecanese, Regions.SouthAegean, ShippingZone.SmallIsland, "85900"),
        I("leipsoi", "Λειψοί", Dodecanese, Regions.SouthAegean, ShippingZone.SmallIsland, "85001"),
        I("tilos", "Τήλος", Dodecanese, Regions.SouthAegean, ShippingZone.SmallIsland, "85002"),
        // unverified: Agathonisi may share 850 01 with Leipsoi; both qualify for island VAT on the same dates.
        I("agathonisi", "Αγαθονήσι", Dodecanese, Regions.SouthAegean, ShippingZone.Remote, "85003"),

        // Cyclades
        I("syros", "Σύρος", Cyclades, Regions.SouthAegean, ShippingZone.SmallIsland, "84100"),
        I("tinos", "Τήνος", Cyclades, Regions.SouthAegean, ShippingZone.SmallIsland, "84200"),
        I("naxos", "Νάξος", Cyclades, Regions.SouthAegean, ShippingZone.SmallIsland, "84300"),
        I("paros", "Πάρος", Cyclades, Regions.SouthAegean, ShippingZone.SmallIsland, "84400", "84401"),
        I("andros", "Άνδρος", Cyclades, Regions.SouthAegean, ShippingZone.SmallIsland, "84500", "84501"),
        I("mykonos", "Μύκονος", Cyclades, Regions.SouthAegean, ShippingZone.SmallIsland, "84600"),
        I("santorini", "Σαντορίνη (Θήρα)", Cyclades, Regions.SouthAegean, ShippingZone.SmallIsland, "84700", "84701", "84702", "84703"),
        I("milos", "Μήλος", Cyclades, Regions.SouthAegean, ShippingZone.SmallIsland, "84800", "84801"),
        I("ios", "Ίος", Cyclades, Regions.SouthAegean, ShippingZone.SmallIsland, "84001"),
        I("kea", "Κέα", Cyclades, Regions.SouthAegean, ShippingZone.SmallIsland, "84002"),
        I("sifnos", "Σίφνος", Cyclades, Regions.SouthAegean, ShippingZone.SmallIsland, "84003"),
        I("serifos", "Σέριφος", Cyclades, Regions.SouthAegean, ShippingZone.SmallIsland, "84005"),
        I("kythnos", "Κύθνος", Cyclades, Regions.SouthAegean, ShippingZone.SmallIsland, "84006"),
        I("amorgos", "Αμοργός", Cyclades, Regions.SouthAegean, ShippingZone.SmallIsland, "84008"),
        I("folegandros", "Φολέγανδρος", Cyclades, Regions.SouthAegean, ShippingZone.SmallIsland, "84011"),

        // Crete: looked up by prefixes 70–74; these codes are representative, for lists and tests.
        I("crete", "Κρήτη", "Ηρακλείου", Regions.Crete, ShippingZone.Crete, "71201", "71307", "73100", "73131", "74100", "72100", "72200", "72300"),
        // Gavdos shares its post office with Palaiochora (730 01): Palaiochora addresses land in Remote too.
        I("gavdos", "Γαύδος", "Χανίων", Regions.Crete, ShippingZone.Remote, "73001"),

        // Ionian
        I("corfu", "Κέρκυρα", "Κερκύρας", Regions.IonianIslands, ShippingZone.LargeIsland, "49100", "49131", "49132", "49083", "49084"),
        I("paxoi", "Παξοί", "Κερκύρας", Regions.IonianIslands, ShippingZone.SmallIsland, "49082"),
        I("kefalonia", "Κεφαλονιά", "Κεφαλληνίας", Regions.IonianIslands, ShippingZone.LargeIsland, "28100", "28200", "28080", "28084"),
        I("ithaca", "Ιθάκη", "Κεφαλληνίας", Regions.IonianIslands, ShippingZone.SmallIsland, "28300"),
        I("zakynthos", "Ζάκυνθος", "Ζακύνθου", Regions.IonianIslands, ShippingZone.LargeIsland, "29100", "29090", "29092"),
        I("lefkada", "Λευκάδα", "Λευκάδας", Regions.IonianIslands, ShippingZone.Mainland, "31100", "31080", "31084"),
        I("kythira", "Κύθηρα", AtticaPref, Regions.Attica, ShippingZone.SmallIsland, "80100"),

        // Evia and the Sporades (Evia: Mainland zone, see PrefixAreas).
        I("evia", "Εύβοια", "Ευβοίας", Regions.CentralGreece, ShippingZone.Mainland,
            "34100", "34131", "34132", "34001", "34200", "34300", "34400", "34500", "34600"),
        I("skyros", "Σκύρος", "Ευβοίας", Regions.CentralGreece, ShippingZone.SmallIsland, "34007"),
        I("skiathos", "Σκιάθος", "Μαγνησίας", Regions.Thessaly, ShippingZone.SmallIsland, "37002"),
        I("skopelos", "Σκόπελος", "Μαγνησίας", Regions.Thessaly, ShippingZone.SmallIsland, "37003", "37004"),
        I("alonissos", "Αλόννησος", "Μαγνησίας", Regions.Thessaly, ShippingZone.SmallIsland, "37005"),

        // Saronic islands of Attica: in the Attica prefixes but reached by ferry.
        I("aegina", "Αίγινα", AtticaPref, Regions.Attica, ShippingZone.SmallIsland, "18010"),
        I("poros", "Πόρος", AtticaPref, Regions.Attica, ShippingZone.SmallIsland, "18020"),
        I("hydra", "Ύδρα", AtticaPref, Regions.Attica, ShippingZone.SmallIsland, "18040"),
        I("spetses", "Σπέτσες", AtticaPref, Regions.Attica, ShippingZone.SmallIsland, "18050"),
        I("salamina", "Σαλαμίνα", AtticaPref, Regions.Attica, ShippingZone.SmallIsland, "18900"),
    ];

    private static IslandPostalCodes I(string key, string name, string prefecture, string region, ShippingZone zone, params string[] codes) =>
        new(key, name, prefecture, region, zone, codes);
}
