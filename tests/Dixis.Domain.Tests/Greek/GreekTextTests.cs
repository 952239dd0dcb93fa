using Dixis.Domain.Greek;

namespace Dixis.Domain.Tests.Greek;

public class GreekTextTests
{
    [Theory]
    [InlineData("Μέλι Θυμαρίσιο", "μελι θυμαρισιο")]
    [InlineData("ΕΛΑΙΌΛΑΔΟ", "ελαιολαδο")]
    [InlineData("Άγιος Νικόλαος", "αγιοσ νικολαοσ")]
    [InlineData("προϊόν", "προιον")]
    [InlineData("Προΐστασθαι", "προιστασθαι")]
    [InlineData("ΰ ΐ ϋ ϊ", "υ ι υ ι")]
    [InlineData("Ώρα ΉΡΘΕ Ύστερα", "ωρα ηρθε υστερα")]
    [InlineData("  φέτα \t  ΠΟΠ\n", "φετα ποπ")]
    [InlineData("Crème Brûlée", "creme brulee")]
    [InlineData("Ἀθῆναι", "αθηναι")]
    [InlineData("", "")]
    public void Fold_removes_case_accents_final_sigma_and_extra_space(string input, string expected) =>
        Assert.Equal(expected, GreekText.Fold(input));

    [Theory]
    [InlineData("μέλι", "meli")]
    [InlineData("Θεσσαλονίκη", "Thessaloniki")]
    [InlineData("ΘΕΣΣΑΛΟΝΙΚΗ", "THESSALONIKI")]
    [InlineData("αύριο", "avrio")]
    [InlineData("αυτό", "afto")]
    [InlineData("ευχαριστώ", "efcharisto")]
    [InlineData("Ευάγγελος", "Evangelos")]
    [InlineData("ξινόμαυρο", "xinomavro")]
    [InlineData("τσίπουρο", "tsipouro")]
    [InlineData("μπύρα", "byra")]
    [InlineData("λάμπα", "lampa")]
    [InlineData("ντομάτα", "ntomata")]
    [InlineData("αγγούρι", "angouri")]
    [InlineData("αγκινάρα", "agkinara")]
    [InlineData("ψωμί", "psomi")]
    [InlineData("Χανιά", "Chania")]
    [InlineData("φέτα", "feta")]
    [InlineData("άυλος", "aylos")]
    [InlineData("αϋπνία", "aypnia")]
    [InlineData("Ηράκλειο", "Irakleio")]
    [InlineData("Feta ΠΟΠ 400g", "Feta POP 400g")]
    [InlineData("Café", "Café")]
    public void ToLatin_follows_elot_743(string input, string expected) =>
        Assert.Equal(expected, GreekText.ToLatin(input));

    [Theory]
    [InlineData("Μέλι Θυμαρίσιο Κρήτης", "meli-thymarisio-kritis")]
    [InlineData("Φέτα ΠΟΠ", "feta-pop")]
    [InlineData("  Ελαιόλαδο Extra Virgin 1L ", "elaiolado-extra-virgin-1l")]
    [InlineData("Κρασί «Ξινόμαυρο» 2019!", "krasi-xinomavro-2019")]
    [InlineData("Crème brûlée & Straße", "creme-brulee-strasse")]
    [InlineData("---", "")]
    [InlineData("Τσίπουρο χωρίς γλυκάνισο", "tsipouro-choris-glykaniso")]
    public void Slugify_gives_lowercase_ascii_words_joined_by_hyphens(string input, string expected) =>
        Assert.Equal(expected, GreekText.Slugify(input));

    [Theory]
    [InlineData("meli", false)]
    [InlineData("Feta PDO", false)]
    [InlineData("", false)]
    [InlineData("μέλι", true)]
    [InlineData("Feta ΠΟΠ", true)]
    [InlineData("Ἀθῆναι", true)]
    [InlineData("1234 ;", false)]
    public void ContainsGreek_detects_greek_letters(string input, bool expected) =>
        Assert.Equal(expected, GreekText.ContainsGreek(input));

    [Fact]
    public void Null_arguments_throw()
    {
        Assert.Throws<ArgumentNullException>(() => GreekText.Fold(null!));
        Assert.Throws<ArgumentNullException>(() => GreekText.ToLatin(null!));
        Assert.Throws<ArgumentNullException>(() => GreekText.Slugify(null!));
        Assert.Throws<ArgumentNullException>(() => GreekText.SearchSkeleton(null!));
    }
}
