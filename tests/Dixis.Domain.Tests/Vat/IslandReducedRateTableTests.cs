using Dixis.Domain.Greek;
using Dixis.Domain.Vat;

namespace Dixis.Domain.Tests.Vat;

public class IslandReducedRateTableTests
{
    private static readonly DateOnly Before = new(2025, 12, 31);
    private static readonly DateOnly From = new(2026, 1, 1);

    [Theory]
    [InlineData("lesvos")]
    [InlineData("kos")]
    [InlineData("samos")]
    [InlineData("chios")]
    [InlineData("leros")]
    public void Five_islands_qualify_on_both_sides_of_2026(string key)
    {
        Assert.True(IslandReducedRateTable.Qualifies(key, Before));
        Assert.True(IslandReducedRateTable.Qualifies(key, From));
    }

    [Theory]
    [InlineData("lemnos")]
    [InlineData("agios-efstratios")]
    [InlineData("ikaria")]
    [InlineData("fournoi")]
    [InlineData("oinousses")]
    [InlineData("psara")]
    [InlineData("samothraki")]
    [InlineData("kalymnos")]
    [InlineData("karpathos")]
    [InlineData("kasos")]
    [InlineData("patmos")]
    [InlineData("symi")]
    [InlineData("astypalaia")]
    [InlineData("nisyros")]
    [InlineData("leipsoi")]
    [InlineData("tilos")]
    [InlineData("megisti")]
    [InlineData("chalki")]
    [InlineData("agathonisi")]
    public void Expansion_islands_qualify_from_2026(string key)
    {
        Assert.False(IslandReducedRateTable.Qualifies(key, Before));
        Assert.True(IslandReducedRateTable.Qualifies(key, From));
    }

    [Theory]
    [InlineData("rhodes")]
    [InlineData("crete")]
    [InlineData("corfu")]
    [InlineData("santorini")]
    [InlineData("thasos")]
    [InlineData("unknown")]
    public void Other_islands_never_qualify(string key)
    {
        Assert.False(IslandReducedRateTable.Qualifies(key, Before));
        Assert.False(IslandReducedRateTable.Qualifies(key, From));
    }

    [Fact]
    public void Every_entry_names_an_island_of_the_directory_with_a_legal_basis()
    {
        Assert.Equal(24, IslandReducedRateTable.Entries.Count);
        Assert.All(IslandReducedRateTable.Entries, e =>
        {
            Assert.NotNull(PostalCodeDirectory.FindIsland(e.IslandKey));
            Assert.False(string.IsNullOrWhiteSpace(e.LegalBasis));
        });
    }

    [Fact]
    public void Entry_period_bounds_are_inclusive()
    {
        var entry = new QualifyingIsland("x", new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), "test");

        Assert.False(entry.CoversDate(new DateOnly(2025, 12, 31)));
        Assert.True(entry.CoversDate(new DateOnly(2026, 1, 1)));
        Assert.True(entry.CoversDate(new DateOnly(2026, 12, 31)));
        Assert.False(entry.CoversDate(new DateOnly(2027, 1, 1)));
    }
}
