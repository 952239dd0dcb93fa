using System.Globalization;
using Dixis.Web.Catalog;

namespace Dixis.Web.Tests;

/// <summary>Regulation 1169/2011: the allergens in a list of ingredients stand out; nothing else does.</summary>
public sealed class AllergenTextTests
{
    [Theory]
    [InlineData("πρόβειο γάλα, πυτιά, αλάτι", "γάλα")]
    [InlineData("σιμιγδάλι, αυγά, γάλα, αλάτι", "σιμιγδάλι|αυγά|γάλα")]
    [InlineData("ΣΟΥΣΑΜΙ, μέλι, φιστίκι", "ΣΟΥΣΑΜΙ|φιστίκι")]
    [InlineData("σταφύλια Ασύρτικο, θειώδη", "θειώδη")]
    [InlineData("100% θυμαρίσιο μέλι", "")]
    [InlineData("ελιές Καλαμών, νερό, αλάτι, ξίδι", "")]
    public void Words_that_name_an_allergen_are_marked(string ingredients, string expected)
    {
        var parts = AllergenText.Highlight(ingredients);
        Assert.Equal(ingredients, string.Concat(parts.Select(p => p.Text)));
        Assert.Equal(expected, string.Join("|", parts.Where(p => p.Allergen).Select(p => p.Text)));
    }

    [Fact]
    public void Allergen_names_follow_the_shoppers_language()
    {
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("el-GR");
            Assert.Equal("Γάλα", AllergenText.Name("Milk"));
            Assert.Equal("Θειώδη", AllergenText.Name("Sulphites"));
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
            Assert.Equal("Milk", AllergenText.Name("Milk"));
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
