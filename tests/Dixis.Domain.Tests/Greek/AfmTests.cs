using Dixis.Domain.Greek;

namespace Dixis.Domain.Tests.Greek;

public class AfmTests
{
    [Theory]
    [InlineData("094014201")]
    [InlineData("090000045")]
    [InlineData("123456783")]
    [InlineData("094019245")]
    [InlineData("997011420")]
    [InlineData("099999999")]
    [InlineData("526018151")]
    [InlineData("908301668")]
    [InlineData("131860915")]
    [InlineData("390996038")]
    [InlineData("082462817")]
    [InlineData("948219932")]
    [InlineData("786579757")]
    [InlineData("974650754")]
    public void Valid_afms_pass(string afm)
    {
        var result = Afm.Validate(afm);

        Assert.True(result.Valid);
        Assert.Null(result.Reason);
        Assert.Equal(afm, result.Afm);
    }

    [Theory]
    [InlineData("EL094014201")]
    [InlineData("el094014201")]
    [InlineData("El 094014201")]
    [InlineData("EL 094014201")]
    [InlineData("  094014201  ")]
    [InlineData("\tEL094014201\n")]
    public void Prefix_and_surrounding_whitespace_are_accepted(string input)
    {
        var result = Afm.Validate(input);

        Assert.True(result.Valid);
        Assert.Equal("094014201", result.Afm);
    }

    [Theory]
    [InlineData(null, "empty")]
    [InlineData("", "empty")]
    [InlineData("   ", "empty")]
    [InlineData("EL", "empty")]
    [InlineData("EL ", "empty")]
    [InlineData("09401420A", "not-digits")]
    [InlineData("094 014 201", "not-digits")]
    [InlineData("094-014-201", "not-digits")]
    [InlineData("GR094014201", "not-digits")]
    [InlineData("EL  094014201", "not-digits")]
    [InlineData("０９４０１４２０１", "not-digits")]
    [InlineData("09401420", "wrong-length")]
    [InlineData("0940142011", "wrong-length")]
    [InlineData("1", "wrong-length")]
    [InlineData("000000000", "all-zeros")]
    [InlineData("EL000000000", "all-zeros")]
    [InlineData("094014202", "checksum")]
    [InlineData("998357900", "checksum")]
    [InlineData("800000000", "checksum")]
    [InlineData("123456789", "checksum")]
    [InlineData("094014210", "checksum")]
    public void Invalid_afms_report_a_stable_reason(string? input, string reason)
    {
        var result = Afm.Validate(input);

        Assert.False(result.Valid);
        Assert.Equal(reason, result.Reason);
    }

    [Fact]
    public void Well_formed_but_invalid_afm_is_returned_without_prefix()
    {
        Assert.Equal("094014202", Afm.Validate("EL 094014202").Afm);
        Assert.Equal("09401420A", Afm.Validate(" 09401420A ").Afm);
        Assert.Equal(string.Empty, Afm.Validate(null).Afm);
    }

    [Theory]
    [InlineData("094014201", "EL094014201")]
    [InlineData("EL090000045", "EL090000045")]
    [InlineData(" el 123456783 ", "EL123456783")]
    public void Eu_vat_id_is_EL_plus_afm(string afm, string expected) => Assert.Equal(expected, Afm.ToEuVatId(afm));

    [Theory]
    [InlineData("094014202")]
    [InlineData("")]
    [InlineData("000000000")]
    public void Eu_vat_id_of_invalid_afm_throws(string afm) => Assert.Throws<ArgumentException>(() => Afm.ToEuVatId(afm));

    [Theory]
    [InlineData(AfmReasons.Empty)]
    [InlineData(AfmReasons.NotDigits)]
    [InlineData(AfmReasons.WrongLength)]
    [InlineData(AfmReasons.AllZeros)]
    [InlineData(AfmReasons.Checksum)]
    public void Every_reason_has_distinct_greek_and_english_text(string reason)
    {
        var el = Afm.Describe(reason, greek: true);
        var en = Afm.Describe(reason, greek: false);

        Assert.True(GreekText.ContainsGreek(el));
        Assert.False(GreekText.ContainsGreek(en));
        Assert.NotEqual(Afm.Describe("unknown-code", greek: false), en);
    }

    [Fact]
    public void Unknown_reason_gets_a_generic_message() =>
        Assert.Equal("Invalid AFM.", Afm.Describe("nope", greek: false));
}
