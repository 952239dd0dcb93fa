using Dixis.Domain.Greek;

namespace Dixis.Domain.Tests.Greek;

public class PostalCodeDirectoryTests
{
    public static TheoryData<string, string> EveryIslandCode()
    {
        var data = new TheoryData<string, string>();
        foreach (var island in PostalCodeDirectory.Islands)
        {
            foreach (var code in island.PostalCodes)
            {
                data.Add(island.Key, code);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryIslandCode))]
    public void Every_code_in_the_island_table_resolves_to_its_island(string key, string code)
    {
        var island = PostalCodeDirectory.FindIsland(key)!;
        var info = PostalCodeDirectory.Lookup(PostalCode.Parse(code));

        Assert.NotNull(info);
        Assert.Equal(key, info.IslandKey);
        Assert.Equal(island.Name, info.Island);
        Assert.True(info.IsIsland);
        Assert.Equal(island.Zone, info.ShippingZone);
        Assert.Equal(island.Region, info.Region);
    }

    [Fact]
    public void No_code_is_listed_under_two_islands()
    {
        var all = PostalCodeDirectory.Islands.SelectMany(i => i.PostalCodes).ToList();

        Assert.Equal(all.Count, all.Distinct(StringComparer.Ordinal).Count());
        Assert.All(all, c => Assert.True(PostalCode.TryParse(c, out var p) && p.Value == c, $"bad code {c}"));
    }

    [Fact]
    public void Island_keys_are_unique_and_every_island_has_codes()
    {
        var keys = PostalCodeDirectory.Islands.Select(i => i.Key).ToList();

        Assert.Equal(keys.Count, keys.Distinct(StringComparer.Ordinal).Count());
        Assert.All(PostalCodeDirectory.Islands, i => Assert.NotEmpty(i.PostalCodes));
    }

    [Theory]
    [InlineData("81100", "lesvos", "Λέσβος", "Λέσβου", "Βόρειο Αιγαίο", ShippingZone.LargeIsland)]
    [InlineData("81131", "lesvos", "Λέσβος", "Λέσβου", "Βόρειο Αιγαίο", ShippingZone.LargeIsland)]
    [InlineData("81132", "lesvos", "Λέσβος", "Λέσβου", "Βόρειο Αιγαίο", ShippingZone.LargeIsland)]
    [InlineData("81107", "lesvos", "Λέσβος", "Λέσβου", "Βόρειο Αιγαίο", ShippingZone.LargeIsland)]
    [InlineData("81300", "lesvos", "Λέσβος", "Λέσβου", "Βόρειο Αιγαίο", ShippingZone.LargeIsland)]
    [InlineData("81400", "lemnos", "Λήμνος", "Λέσβου", "Βόρειο Αιγαίο", ShippingZone.SmallIsland)]
    [InlineData("81401", "lemnos", "Λήμνος", "Λέσβου", "Βόρειο Αιγαίο", ShippingZone.SmallIsland)]
    [InlineData("81500", "agios-efstratios", "Άγιος Ευστράτιος", "Λέσβου", "Βόρειο Αιγαίο", ShippingZone.Remote)]
    [InlineData("82100", "chios", "Χίος", "Χίου", "Βόρειο Αιγαίο", ShippingZone.LargeIsland)]
    [InlineData("82131", "chios", "Χίος", "Χίου", "Βόρειο Αιγαίο", ShippingZone.LargeIsland)]
    [InlineData("82132", "chios", "Χίος", "Χίου", "Βόρειο Αιγαίο", ShippingZone.LargeIsland)]
    [InlineData("82101", "oinousses", "Οινούσσες", "Χίου", "Βόρειο Αιγαίο", ShippingZone.SmallIsland)]
    [InlineData("82104", "psara", "Ψαρά", "Χίου", "Βόρειο Αιγαίο", ShippingZone.Remote)]
    [InlineData("83100", "samos", "Σάμος", "Σάμου", "Βόρειο Αιγαίο", ShippingZone.LargeIsland)]
    [InlineData("83200", "samos", "Σάμος", "Σάμου", "Βόρειο Αιγαίο", ShippingZone.LargeIsland)]
    [InlineData("83300", "ikaria", "Ικαρία", "Σάμου", "Βόρειο Αιγαίο", ShippingZone.SmallIsland)]
    [InlineData("83400", "fournoi", "Φούρνοι Κορσεών", "Σάμου", "Βόρειο Αιγαίο", ShippingZone.SmallIsland)]
    [InlineData("68002", "samothraki", "Σαμοθράκη", "Έβρου", "Ανατολική Μακεδονία και Θράκη", ShippingZone.SmallIsland)]
    [InlineData("85100", "rhodes", "Ρόδος", "Δωδεκανήσου", "Νότιο Αιγαίο", ShippingZone.LargeIsland)]
    [InlineData("85131", "rhodes", "Ρόδος", "Δωδεκανήσου", "Νότιο Αιγαίο", ShippingZone.LargeIsland)]
    [InlineData("85132", "rhodes", "Ρόδος", "Δωδεκανήσου", "Νότιο Αιγαίο", ShippingZone.LargeIsland)]
    [InlineData("85110", "chalki", "Χάλκη", "Δωδεκανήσου", "Νότιο Αιγαίο", ShippingZone.SmallIsland)]
    [InlineData("85111", "megisti", "Μεγίστη (Καστελλόριζο)", "Δωδεκανήσου", "Νότιο Αιγαίο", ShippingZone.Remote)]
    [InlineData("85200", "kalymnos", "Κάλυμνος", "Δωδεκανήσου", "Νότιο Αιγαίο", ShippingZone.SmallIsland)]
    [InlineData("85300", "kos", "Κως", "Δωδεκανήσου", "Νότιο Αιγαίο", ShippingZone.LargeIsland)]
    [InlineData("85303", "nisyros", "Νίσυρος", "Δωδεκανήσου", "Νότιο Αιγαίο", ShippingZone.SmallIsland)]
    [InlineData("85400", "leros", "Λέρος", "Δωδεκανήσου", "Νότιο Αιγαίο", ShippingZone.SmallIsland)]
    [InlineData("85500", "patmos", "Πάτμος", "Δωδεκανήσου", "Νότιο Αιγαίο", ShippingZone.SmallIsland)]
    [InlineData("85600", "symi", "Σύμη", "Δωδεκανήσου", "Νότιο Αιγαίο", ShippingZone.SmallIsland)]
    [InlineData("85700", "karpathos", "Κάρπαθος", "Δωδεκανήσου", "Νότιο Αιγαίο", ShippingZone.SmallIsland)]
    [InlineData("85800", "kasos", "Κάσος", "Δωδεκανήσου", "Νότιο Αιγαίο", ShippingZone.SmallIsland)]
    [InlineData("85900", "astypalaia", "Αστυπάλαια", "Δωδεκανήσου", "Νότιο Αιγαίο", ShippingZone.SmallIsland)]
    [InlineData("85001", "leipsoi", "Λειψοί", "Δωδεκανήσου", "Νότιο Αιγαίο", ShippingZone.SmallIsland)]
    [InlineData("85002", "tilos", "Τήλος", "Δωδεκανήσου", "Νότιο Αιγαίο", ShippingZone.SmallIsland)]
    [InlineData("85003", "agathonisi", "Αγαθονήσι", "Δωδεκανήσου", "Νότιο Αιγαίο", ShippingZone.Remote)]
    [InlineData("84700", "santorini", "Σαντορίνη (Θήρα)", "Κυκλάδων", "Νότιο Αιγαίο", ShippingZone.SmallIsland)]
    [InlineData("84702", "santorini", "Σαντορίνη (Θήρα)", "Κυκλάδων", "Νότιο Αιγαίο", ShippingZone.SmallIsland)]
    [InlineData("84600", "mykonos", "Μύκονος", "Κυκλάδων", "Νότιο Αιγαίο", ShippingZone.SmallIsland)]
    [InlineData("84300", "naxos", "Νάξος", "Κυκλάδων", "Νότιο Αιγαίο", ShippingZone.SmallIsland)]
    [InlineData("84400", "paros", "Πάρος", "Κυκλάδων", "Νότιο Αιγαίο", ShippingZone.SmallIsland)]
    [InlineData("84100", "syros", "Σύρος", "Κυκλάδων", "Νότιο Αιγαίο", ShippingZone.SmallIsland)]
    [InlineData("84200", "tinos", "Τήνος", "Κυκλάδων", "Νότιο Αιγαίο", ShippingZone.SmallIsland)]
    [InlineData("84500", "andros", "Άνδρος", "Κυκλάδων", "Νότιο Αιγαίο", ShippingZone.SmallIsland)]
    [InlineData("84800", "milos", "Μήλος", "Κυκλάδων", "Νότιο Αιγαίο", ShippingZone.SmallIsland)]
    [InlineData("49100", "corfu", "Κέρκυρα", "Κερκύρας", "Ιόνια Νησιά", ShippingZone.LargeIsland)]
    [InlineData("49082", "paxoi", "Παξοί", "Κερκύρας", "Ιόνια Νησιά", ShippingZone.SmallIsland)]
    [InlineData("28100", "kefalonia", "Κεφαλονιά", "Κεφαλληνίας", "Ιόνια Νησιά", ShippingZone.LargeIsland)]
    [InlineData("28300", "ithaca", "Ιθάκη", "Κεφαλληνίας", "Ιόνια Νησιά", ShippingZone.SmallIsland)]
    [InlineData("29100", "zakynthos", "Ζάκυνθος", "Ζακύνθου", "Ιόνια Νησιά", ShippingZone.LargeIsland)]
    [InlineData("31100", "lefkada", "Λευκάδα", "Λευκάδας", "Ιόνια Νησιά", ShippingZone.Mainland)]
    [InlineData("34100", "evia", "Εύβοια", "Ευβοίας", "Στερεά Ελλάδα", ShippingZone.Mainland)]
    [InlineData("34007", "skyros", "Σκύρος", "Ευβοίας", "Στερεά Ελλάδα", ShippingZone.SmallIsland)]
    [InlineData("37002", "skiathos", "Σκιάθος", "Μαγνησίας", "Θεσσαλία", ShippingZone.SmallIsland)]
    [InlineData("37003", "skopelos", "Σκόπελος", "Μαγνησίας", "Θεσσαλία", ShippingZone.SmallIsland)]
    [InlineData("37005", "alonissos", "Αλόννησος", "Μαγνησίας", "Θεσσαλία", ShippingZone.SmallIsland)]
    [InlineData("18010", "aegina", "Αίγινα", "Αττικής", "Αττική", ShippingZone.SmallIsland)]
    [InlineData("18900", "salamina", "Σαλαμίνα", "Αττικής", "Αττική", ShippingZone.SmallIsland)]
    [InlineData("18040", "hydra", "Ύδρα", "Αττικής", "Αττική", ShippingZone.SmallIsland)]
    [InlineData("71201", "crete", "Κρήτη", "Ηρακλείου", "Κρήτη", ShippingZone.Crete)]
    [InlineData("73100", "crete", "Κρήτη", "Χανίων", "Κρήτη", ShippingZone.Crete)]
    [InlineData("74100", "crete", "Κρήτη", "Ρεθύμνου", "Κρήτη", ShippingZone.Crete)]
    [InlineData("72100", "crete", "Κρήτη", "Λασιθίου", "Κρήτη", ShippingZone.Crete)]
    [InlineData("73001", "gavdos", "Γαύδος", "Χανίων", "Κρήτη", ShippingZone.Remote)]
    [InlineData("80100", "kythira", "Κύθηρα", "Αττικής", "Αττική", ShippingZone.SmallIsland)]
    public void Named_islands_resolve_as_expected(string code, string key, string name, string prefecture, string region, ShippingZone zone)
    {
        var info = PostalCodeDirectory.Lookup(PostalCode.Parse(code));

        Assert.NotNull(info);
        Assert.Equal(key, info.IslandKey);
        Assert.Equal(name, info.Island);
        Assert.Equal(prefecture, info.Prefecture);
        Assert.Equal(region, info.Region);
        Assert.True(info.IsIsland);
        Assert.Equal(zone, info.ShippingZone);
    }

    [Theory]
    [InlineData("10431", "Αττική", "Αττικής", ShippingZone.Attica)]
    [InlineData("15124", "Αττική", "Αττικής", ShippingZone.Attica)]
    [InlineData("19003", "Αττική", "Αττικής", ShippingZone.Attica)]
    [InlineData("54624", "Κεντρική Μακεδονία", "Θεσσαλονίκης", ShippingZone.Thessaloniki)]
    [InlineData("57001", "Κεντρική Μακεδονία", "Θεσσαλονίκης", ShippingZone.Thessaloniki)]
    [InlineData("30100", "Δυτική Ελλάδα", "Αιτωλοακαρνανίας", ShippingZone.Mainland)]
    [InlineData("26221", "Δυτική Ελλάδα", "Αχαΐας", ShippingZone.Mainland)]
    [InlineData("22100", "Πελοπόννησος", "Αρκαδίας", ShippingZone.Mainland)]
    [InlineData("38221", "Θεσσαλία", "Μαγνησίας", ShippingZone.Mainland)]
    [InlineData("45221", "Ήπειρος", "Ιωαννίνων", ShippingZone.Mainland)]
    [InlineData("50100", "Δυτική Μακεδονία", "Κοζάνης", ShippingZone.Mainland)]
    [InlineData("65302", "Ανατολική Μακεδονία και Θράκη", "Καβάλας", ShippingZone.Mainland)]
    [InlineData("68100", "Ανατολική Μακεδονία και Θράκη", "Έβρου", ShippingZone.Mainland)]
    public void Mainland_codes_resolve_by_prefix(string code, string region, string prefecture, ShippingZone zone)
    {
        var info = PostalCodeDirectory.Lookup(PostalCode.Parse(code));

        Assert.NotNull(info);
        Assert.Equal(region, info.Region);
        Assert.Equal(prefecture, info.Prefecture);
        Assert.Equal(zone, info.ShippingZone);
        Assert.False(info.IsIsland);
        Assert.Null(info.Island);
        Assert.Null(info.IslandKey);
    }

    [Theory]
    [InlineData("00000")]
    [InlineData("09999")]
    [InlineData("86000")]
    [InlineData("99999")]
    [InlineData("39000")]
    [InlineData("75000")]
    [InlineData("79999")]
    public void Codes_outside_greek_allocation_return_null(string code) =>
        Assert.Null(PostalCodeDirectory.Lookup(PostalCode.Parse(code)));

    [Theory]
    [InlineData("81150", "Λέσβου", ShippingZone.LargeIsland)]
    [InlineData("85150", "Δωδεκανήσου", ShippingZone.LargeIsland)]
    [InlineData("84050", "Κυκλάδων", ShippingZone.SmallIsland)]
    [InlineData("83350", "Σάμου", ShippingZone.SmallIsland)]
    public void Unlisted_codes_in_shared_island_prefixes_are_islands_without_a_name(string code, string prefecture, ShippingZone zone)
    {
        var info = PostalCodeDirectory.Lookup(PostalCode.Parse(code));

        Assert.NotNull(info);
        Assert.True(info.IsIsland);
        Assert.Null(info.IslandKey);
        Assert.Equal(prefecture, info.Prefecture);
        Assert.Equal(zone, info.ShippingZone);
    }

    [Theory]
    [InlineData("70400", "crete")]
    [InlineData("49081", "corfu")]
    [InlineData("29091", "zakynthos")]
    [InlineData("34003", "evia")]
    public void Whole_prefix_islands_name_the_island_for_unlisted_codes(string code, string key) =>
        Assert.Equal(key, PostalCodeDirectory.Lookup(PostalCode.Parse(code))?.IslandKey);

    [Fact]
    public void Lookup_echoes_the_code() =>
        Assert.Equal(PostalCode.Parse("81100"), PostalCodeDirectory.Lookup(PostalCode.Parse("811 00"))!.PostalCode);

    [Fact]
    public void FindIsland_by_key()
    {
        Assert.Equal("Ρόδος", PostalCodeDirectory.FindIsland("rhodes")?.Name);
        Assert.Null(PostalCodeDirectory.FindIsland("atlantis"));
    }
}
