using Dixis.Domain.Greek;

namespace Dixis.Domain.Tests.Greek;

public class GreekPhoneTests
{
    [Theory]
    [InlineData("6912345678", "+306912345678", PhoneKind.Mobile)]
    [InlineData("691 234 5678", "+306912345678", PhoneKind.Mobile)]
    [InlineData("+30 691 234 5678", "+306912345678", PhoneKind.Mobile)]
    [InlineData("+306912345678", "+306912345678", PhoneKind.Mobile)]
    [InlineData("00306912345678", "+306912345678", PhoneKind.Mobile)]
    [InlineData("0030 697-123-4567", "+306971234567", PhoneKind.Mobile)]
    [InlineData("2101234567", "+302101234567", PhoneKind.Landline)]
    [InlineData("210 1234567", "+302101234567", PhoneKind.Landline)]
    [InlineData("(210) 123-4567", "+302101234567", PhoneKind.Landline)]
    [InlineData("+30 2310 123456", "+302310123456", PhoneKind.Landline)]
    [InlineData(" 22510 12345 ", "+302251012345", PhoneKind.Landline)]
    public void Normalises_greek_mobiles_and_landlines(string input, string e164, PhoneKind kind)
    {
        Assert.True(GreekPhone.TryNormalize(input, out var normalised, out var detected));
        Assert.Equal(e164, normalised);
        Assert.Equal(kind, detected);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("12345")]
    [InlineData("691234567")]
    [InlineData("69123456789")]
    [InlineData("+44 20 7946 0958")]
    [InlineData("+1 202 555 0143")]
    [InlineData("69ABCDEFGH")]
    [InlineData("691234567a")]
    [InlineData("6912+345678")]
    [InlineData("8001112222")]
    [InlineData("9012345678")]
    [InlineData("0691234567")]
    public void Rejects_everything_else(string? input)
    {
        Assert.False(GreekPhone.TryNormalize(input, out var e164, out _));
        Assert.Equal(string.Empty, e164);
    }
}
