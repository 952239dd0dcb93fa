using Dixis.Domain.Greek;

namespace Dixis.Domain.Tests.Greek;

public class SearchSkeletonTests
{
    [Theory]
    [InlineData("μέλι", "ΜΕΛΙ", "meli")]
    [InlineData("ελαιόλαδο", "elaiolado", "eleolado")]
    [InlineData("θυμαρίσιο", "thymarisio", "8imarisio")]
    [InlineData("θυμαρίσιο", "thimarisio", "THYMARISIO")]
    [InlineData("φέτα", "feta", "FETA")]
    [InlineData("Μαστίχα", "mastiha", "mastixa")]
    [InlineData("Μαστίχα", "masticha", "MASTIHA")]
    [InlineData("Τσίπουρο", "tsipouro", "tsipuro")]
    [InlineData("ξινόμαυρο", "ksinomavro", "xinomavro")]
    [InlineData("ξινόμαυρο", "3inomavro", "ksinomauro")]
    [InlineData("ψωμί", "psomi", "pswmi")]
    [InlineData("μήλο", "milo", "mhlo")]
    [InlineData("ευχαριστώ", "efharisto", "euxaristw")]
    [InlineData("ντομάτα", "domata", "ntomata")]
    [InlineData("μπύρα", "bira", "mpyra")]
    [InlineData("αγγούρι", "aggouri", "agouri")]
    [InlineData("κρασί", "krasi", "krassi")]
    [InlineData("Αθήνα", "athina", "a8hna")]
    [InlineData("χαλβάς", "halvas", "xalvas")]
    [InlineData("ψυχή", "psihi", "psyxh")]
    [InlineData("της Κρήτης", "ths krhths", "tis kritis")]
    [InlineData("καλαμάτας", "kalamatas", "kalamatas")]
    [InlineData("γραβιέρα", "graviera", "GRAVIERA")]
    [InlineData("οίνος", "inos", "oinos")]
    public void Spelling_variants_meet(string a, string b, string c)
    {
        var expected = GreekText.SearchSkeleton(a);

        Assert.Equal(expected, GreekText.SearchSkeleton(b));
        Assert.Equal(expected, GreekText.SearchSkeleton(c));
    }

    [Theory]
    [InlineData("μέλι", "meli")]
    [InlineData("ελαιόλαδο", "eleolado")]
    [InlineData("θυμαρίσιο", "thimarisio")]
    [InlineData("Μαστίχα", "mastixa")]
    [InlineData("Τσίπουρο", "tsipuro")]
    [InlineData("ξινόμαυρο", "xinomavro")]
    [InlineData("ψωμί", "psomi")]
    [InlineData("φέτα", "feta")]
    public void Skeletons_are_readable_latin(string input, string expected) =>
        Assert.Equal(expected, GreekText.SearchSkeleton(input));

    [Theory]
    [InlineData("  Μέλι   Θυμαρίσιο, Κρήτης! ", "meli thimarisio kritis")]
    [InlineData("φέτα-ΠΟΠ", "feta pop")]
    [InlineData("", "")]
    [InlineData("!!!", "")]
    public void Words_are_kept_apart_by_single_spaces(string input, string expected) =>
        Assert.Equal(expected, GreekText.SearchSkeleton(input));

    [Theory]
    [InlineData("500g", "500g")]
    [InlineData("8kg", "8kg")]
    [InlineData("2018", "2018")]
    public void Quantities_stay_numbers(string input, string expected) =>
        Assert.Equal(expected, GreekText.SearchSkeleton(input));

    [Fact]
    public void Different_words_stay_different()
    {
        Assert.NotEqual(GreekText.SearchSkeleton("μέλι"), GreekText.SearchSkeleton("μήλο"));
        Assert.NotEqual(GreekText.SearchSkeleton("φέτα"), GreekText.SearchSkeleton("ελιά"));
    }
}
