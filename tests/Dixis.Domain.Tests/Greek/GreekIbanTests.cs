using Dixis.Domain.Greek;

namespace Dixis.Domain.Tests.Greek;

public class GreekIbanTests
{
    [Theory]
    [InlineData("GR1601101250000000012300695")]
    [InlineData("GR16 0110 1250 0000 0001 2300 695")]
    [InlineData("gr16 0110 1250 0000 0001 2300 695")]
    public void A_valid_greek_iban_is_normalised(string input) =>
        Assert.Equal("GR1601101250000000012300695", GreekIban.Normalize(input));

    [Theory]
    [InlineData("GR1601101250000000012300696")] // last digit changed
    [InlineData("GR1701101250000000012300695")] // check digits changed
    [InlineData("GR1610101250000000012300695")] // two neighbours swapped
    [InlineData("GR160110125000000001230069")] // 26 characters
    [InlineData("GR16011012500000000123006955")] // 28 characters
    [InlineData("DE89370400440532013000")] // a valid German IBAN is not Greek
    [InlineData("GR16011012500000000123006A5")] // a letter in the account
    [InlineData("")]
    [InlineData(null)]
    public void Anything_else_is_refused(string? input) => Assert.Null(GreekIban.Normalize(input));

    [Fact]
    public void Every_single_digit_typo_is_caught()
    {
        const string iban = "GR1601101250000000012300695";
        for (var i = 2; i < iban.Length; i++)
        {
            foreach (var d in "0123456789".Where(d => d != iban[i]))
            {
                var typo = iban[..i] + d + iban[(i + 1)..];
                Assert.False(GreekIban.IsValid(typo), typo);
            }
        }
    }

    [Fact]
    public void Format_groups_by_four() =>
        Assert.Equal("GR16 0110 1250 0000 0001 2300 695", GreekIban.Format("GR1601101250000000012300695"));
}
