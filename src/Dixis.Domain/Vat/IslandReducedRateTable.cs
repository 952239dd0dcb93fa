namespace Dixis.Domain.Vat;

/// <summary>
/// Dated table of islands whose supplies get the island VAT rates (article 21 of the Greek VAT Code, ν. 2859/2000).
/// Rules change by law: add a row with new dates, never edit history.
/// </summary>
public static class IslandReducedRateTable
{
    // Dixis only needs the regime from its own start; the five islands have kept the reduced rates since the
    // 2015–2016 phase-out spared them, so 2016-01-01 is a safe lower bound for anything Dixis will invoice.
    private static readonly DateOnly FiveIslandsFrom = new(2016, 1, 1);
    private static readonly DateOnly ExpansionFrom = new(2026, 1, 1);

    private const string FiveIslandsBasis =
        "Άρθρο 21 παρ. 4 ΚΦΠΑ (ν. 2859/2000): διατήρηση μειωμένων συντελεστών σε Λέσβο, Χίο, Σάμο, Κω και Λέρο (ν. 4336/2015 και παρατάσεις)";

    private const string ExpansionBasis =
        "Άρθρο 21 παρ. 4 ΚΦΠΑ από 1.1.2026: νησιά Βορείου Αιγαίου, Σαμοθράκη και νησιά Δωδεκανήσου έως 20.000 κατοίκων";

    /// <summary>Every dated entry. Rhodes is deliberately absent (over 20,000 inhabitants).</summary>
    public static IReadOnlyList<QualifyingIsland> Entries { get; } =
    [
        .. new[] { "lesvos", "kos", "samos", "chios", "leros" }
            .Select(k => new QualifyingIsland(k, FiveIslandsFrom, null, FiveIslandsBasis)),
        .. new[]
            {
                "lemnos", "agios-efstratios", "ikaria", "fournoi", "oinousses", "psara", "samothraki",
                "kalymnos", "karpathos", "kasos", "patmos", "symi", "astypalaia", "nisyros", "leipsoi",
                "tilos", "megisti", "chalki", "agathonisi",
            }
            .Select(k => new QualifyingIsland(k, ExpansionFrom, null, ExpansionBasis)),
    ];

    /// <summary>True when the island (by key, e.g. "lemnos") qualifies on <paramref name="date"/>.</summary>
    public static bool Qualifies(string islandKey, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(islandKey);
        foreach (var entry in Entries)
        {
            if (string.Equals(entry.IslandKey, islandKey, StringComparison.Ordinal) && entry.CoversDate(date))
            {
                return true;
            }
        }

        return false;
    }
}
