namespace Dixis.Domain.Greek;

/// <summary>
/// What the first two digits of a postal code say: region, prefecture, default zone and, where the whole
/// prefix is one island (Corfu, Zakynthos...), that island. Prefixes 39 and 75–79 are not allocated by ELTA.
/// </summary>
internal static class PrefixAreas
{
    internal sealed record PrefixArea(string Region, string Prefecture, ShippingZone Zone, string? IslandKey, bool AllIsland);

    private static PrefixArea Main(string region, string prefecture) => new(region, prefecture, ShippingZone.Mainland, null, false);

    // Whole-prefix islands are listed only where every code of the prefix is on that island or on an island
    // of the same VAT status, so a fallback can never grant or deny the island VAT rate by mistake.
    private static readonly Dictionary<int, PrefixArea> Areas = Build();

    public static PrefixArea? Find(int prefix2) => Areas.GetValueOrDefault(prefix2);

    private static Dictionary<int, PrefixArea> Build()
    {
        var d = new Dictionary<int, PrefixArea>();
        for (var p = 10; p <= 19; p++)
        {
            d[p] = new PrefixArea(Regions.Attica, "Αττικής", ShippingZone.Attica, null, false);
        }

        d[20] = Main(Regions.Peloponnese, "Κορινθίας");
        d[21] = Main(Regions.Peloponnese, "Αργολίδας");
        d[22] = Main(Regions.Peloponnese, "Αρκαδίας");
        d[23] = Main(Regions.Peloponnese, "Λακωνίας");
        d[24] = Main(Regions.Peloponnese, "Μεσσηνίας");
        d[25] = Main(Regions.WesternGreece, "Αχαΐας");
        d[26] = Main(Regions.WesternGreece, "Αχαΐας");
        d[27] = Main(Regions.WesternGreece, "Ηλείας");
        d[28] = new PrefixArea(Regions.IonianIslands, "Κεφαλληνίας", ShippingZone.LargeIsland, "kefalonia", true);
        d[29] = new PrefixArea(Regions.IonianIslands, "Ζακύνθου", ShippingZone.LargeIsland, "zakynthos", true);
        d[30] = Main(Regions.WesternGreece, "Αιτωλοακαρνανίας");
        // Lefkada is joined to the mainland by a road bridge, so couriers price it as mainland.
        d[31] = new PrefixArea(Regions.IonianIslands, "Λευκάδας", ShippingZone.Mainland, "lefkada", true);
        d[32] = Main(Regions.CentralGreece, "Βοιωτίας");
        d[33] = Main(Regions.CentralGreece, "Φωκίδας");
        // Evia is an island but reached by two road bridges at Chalkida: Mainland zone (Skyros is explicit).
        d[34] = new PrefixArea(Regions.CentralGreece, "Ευβοίας", ShippingZone.Mainland, "evia", true);
        d[35] = Main(Regions.CentralGreece, "Φθιώτιδας");
        d[36] = Main(Regions.CentralGreece, "Ευρυτανίας");
        d[37] = Main(Regions.Thessaly, "Μαγνησίας");
        d[38] = Main(Regions.Thessaly, "Μαγνησίας");
        d[40] = Main(Regions.Thessaly, "Λάρισας");
        d[41] = Main(Regions.Thessaly, "Λάρισας");
        d[42] = Main(Regions.Thessaly, "Τρικάλων");
        d[43] = Main(Regions.Thessaly, "Καρδίτσας");
        d[44] = Main(Regions.Epirus, "Ιωαννίνων");
        d[45] = Main(Regions.Epirus, "Ιωαννίνων");
        d[46] = Main(Regions.Epirus, "Θεσπρωτίας");
        d[47] = Main(Regions.Epirus, "Άρτας");
        d[48] = Main(Regions.Epirus, "Πρέβεζας");
        d[49] = new PrefixArea(Regions.IonianIslands, "Κερκύρας", ShippingZone.LargeIsland, "corfu", true);
        d[50] = Main(Regions.WesternMacedonia, "Κοζάνης");
        d[51] = Main(Regions.WesternMacedonia, "Γρεβενών");
        d[52] = Main(Regions.WesternMacedonia, "Καστοριάς");
        d[53] = Main(Regions.WesternMacedonia, "Φλώρινας");
        for (var p = 54; p <= 57; p++)
        {
            d[p] = new PrefixArea(Regions.CentralMacedonia, "Θεσσαλονίκης", ShippingZone.Thessaloniki, null, false);
        }

        d[58] = Main(Regions.CentralMacedonia, "Πέλλας");
        d[59] = Main(Regions.CentralMacedonia, "Ημαθίας");
        d[60] = Main(Regions.CentralMacedonia, "Πιερίας");
        d[61] = Main(Regions.CentralMacedonia, "Κιλκίς");
        d[62] = Main(Regions.CentralMacedonia, "Σερρών");
        d[63] = Main(Regions.CentralMacedonia, "Χαλκιδικής");
        d[64] = Main(Regions.EasternMacedoniaThrace, "Καβάλας");
        d[65] = Main(Regions.EasternMacedoniaThrace, "Καβάλας");
        d[66] = Main(Regions.EasternMacedoniaThrace, "Δράμας");
        d[67] = Main(Regions.EasternMacedoniaThrace, "Ξάνθης");
        d[68] = Main(Regions.EasternMacedoniaThrace, "Έβρου");
        d[69] = Main(Regions.EasternMacedoniaThrace, "Ροδόπης");
        d[70] = new PrefixArea(Regions.Crete, "Ηρακλείου", ShippingZone.Crete, "crete", true);
        d[71] = new PrefixArea(Regions.Crete, "Ηρακλείου", ShippingZone.Crete, "crete", true);
        d[72] = new PrefixArea(Regions.Crete, "Λασιθίου", ShippingZone.Crete, "crete", true);
        d[73] = new PrefixArea(Regions.Crete, "Χανίων", ShippingZone.Crete, "crete", true);
        d[74] = new PrefixArea(Regions.Crete, "Ρεθύμνου", ShippingZone.Crete, "crete", true);
        // 80: Kythira and Antikythira, part of the Attica region (formerly Piraeus prefecture).
        d[80] = new PrefixArea(Regions.Attica, "Αττικής", ShippingZone.SmallIsland, "kythira", true);
        // 81–85 are all islands, but several islands share each prefix: no island key here, only explicit codes.
        d[81] = new PrefixArea(Regions.NorthAegean, "Λέσβου", ShippingZone.SmallIsland, null, true);
        d[82] = new PrefixArea(Regions.NorthAegean, "Χίου", ShippingZone.SmallIsland, null, true);
        d[83] = new PrefixArea(Regions.NorthAegean, "Σάμου", ShippingZone.SmallIsland, null, true);
        d[84] = new PrefixArea(Regions.SouthAegean, "Κυκλάδων", ShippingZone.SmallIsland, null, true);
        d[85] = new PrefixArea(Regions.SouthAegean, "Δωδεκανήσου", ShippingZone.SmallIsland, null, true);
        return d;
    }

    /// <summary>
    /// Zone for an unlisted code in the shared island prefixes 81–85, by its first three digits: the ranges of the
    /// big islands' towns are LargeIsland, everything else SmallIsland. Never used to name an island.
    /// </summary>
    public static ShippingZone SharedIslandZone(int prefix3) => prefix3 switch
    {
        811 or 813 => ShippingZone.LargeIsland, // Lesvos
        821 or 822 or 823 => ShippingZone.LargeIsland, // Chios
        831 or 832 => ShippingZone.LargeIsland, // Samos
        851 => ShippingZone.LargeIsland, // Rhodes (Chalki and Megisti are explicit)
        853 => ShippingZone.LargeIsland, // Kos (Nisyros is explicit)
        _ => ShippingZone.SmallIsland,
    };
}
