using Dixis.Domain.Greek;

namespace Dixis.Domain.Tests.Greek;

public class PostalCodeTests
{
    [Theory]
    [InlineData("81100", "81100")]
    [InlineData("811 00", "81100")]
    [InlineData("  10431 ", "10431")]
    [InlineData("104 31", "10431")]
    [InlineData("00000", "00000")]
    public void Accepts_five_digits_with_or_without_the_space(string input, string value)
    {
        Assert.True(PostalCode.TryParse(input, out var code));
        Assert.Equal(value, code.Value);
        Assert.Equal(value, code.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("8110")]
    [InlineData("811000")]
    [InlineData("811  00")]
    [InlineData("8 1100")]
    [InlineData("81 100")]
    [InlineData("811-00")]
    [InlineData("811\t00")]
    [InlineData("ΤΚ81100")]
    [InlineData("8110a")]
    [InlineData("８１１００")]
    public void Rejects_anything_else(string? input)
    {
        Assert.False(PostalCode.TryParse(input, out var code));
        Assert.Equal(default, code);
    }

    [Fact]
    public void Parse_throws_format_exception() => Assert.Throws<FormatException>(() => PostalCode.Parse("abc"));

    [Fact]
    public void Formatted_prefix_and_equality()
    {
        var code = PostalCode.Parse("81132");

        Assert.Equal("811 32", code.Formatted);
        Assert.Equal(81, code.Prefix2);
        Assert.Equal(811, code.Prefix3);
        Assert.Equal(PostalCode.Parse("811 32"), code);
    }

    [Fact]
    public void Default_is_empty_and_safe()
    {
        PostalCode code = default;

        Assert.Equal(string.Empty, code.Value);
        Assert.Equal(0, code.Prefix2);
        Assert.Null(PostalCodeDirectory.Lookup(code));
    }
}
