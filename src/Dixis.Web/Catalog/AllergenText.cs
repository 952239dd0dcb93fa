using System.Text.RegularExpressions;
using Dixis.Domain.Greek;
using Dixis.Web.Localization;

namespace Dixis.Web.Catalog;

/// <summary>
/// Regulation (EU) 1169/2011, art. 21: allergens of Annex II are emphasised in the list of ingredients. A word of the
/// list is emphasised when it names one of the 14 allergens (Greek word stems below, matched on folded text), and the
/// allergens the producer declared are named once more beneath the list in case the wording hides one.
/// </summary>
public static partial class AllergenText
{
    /// <summary>A run of the ingredients text, emphasised when it names an allergen.</summary>
    public sealed record Part(string Text, bool Allergen);

    private static readonly Dictionary<string, (string El, string En, string[] Stems)> Known = new(StringComparer.Ordinal)
    {
        ["Gluten"] = ("Γλουτένη", "Gluten", ["σιταρ", "σιμιγδαλ", "αλευρ", "κριθαρ", "βρωμη", "σικαλ", "ζυμαρικ", "πιτυρ", "μπλιγουρ"]),
        ["Crustaceans"] = ("Καρκινοειδή", "Crustaceans", ["γαριδ", "καραβιδ", "καβουρ", "αστακ"]),
        ["Eggs"] = ("Αυγά", "Eggs", ["αυγ", "αυγο"]),
        ["Fish"] = ("Ψάρια", "Fish", ["ψαρι", "ψαρια", "αντζουγ", "σαρδελ", "τονο", "μπακαλιαρ"]),
        ["Peanuts"] = ("Αραχίδες", "Peanuts", ["αραχιδ", "αραπικ"]),
        ["Soybeans"] = ("Σόγια", "Soybeans", ["σογι"]),
        ["Milk"] = ("Γάλα", "Milk", ["γαλα", "γαλακτ", "τυρι", "βουτυρ", "γιαουρτ", "κρεμα", "ανθογαλ"]),
        ["Nuts"] = ("Ξηροί καρποί", "Nuts", ["καρυδ", "φιστικ", "φυστικ", "αμυγδαλ", "φουντουκ", "κασιους", "πεκαν"]),
        ["Celery"] = ("Σέλινο", "Celery", ["σελιν"]),
        ["Mustard"] = ("Μουστάρδα", "Mustard", ["μουσταρδ", "σιναπ"]),
        ["Sesame"] = ("Σουσάμι", "Sesame", ["σουσαμ", "ταχιν"]),
        ["Sulphites"] = ("Θειώδη", "Sulphites", ["θειωδ", "διοξειδιο του θειου"]),
        ["Lupin"] = ("Λούπινο", "Lupin", ["λουπιν"]),
        ["Molluscs"] = ("Μαλάκια", "Molluscs", ["χταποδ", "καλαμαρ", "σουπι", "μυδι", "στρειδ", "σαλιγκαρ"]),
    };

    private static readonly string[] AllStems = Known.Values.SelectMany(k => k.Stems).Where(s => !s.Contains(' ', StringComparison.Ordinal)).ToArray();

    /// <summary>The ingredients split into runs, words that name an allergen marked.</summary>
    public static IReadOnlyList<Part> Highlight(string ingredients)
    {
        var parts = new List<Part>();
        var at = 0;
        foreach (Match word in Word().Matches(ingredients))
        {
            var folded = GreekText.Fold(word.Value);
            if (!AllStems.Any(stem => folded.StartsWith(stem, StringComparison.Ordinal)))
            {
                continue;
            }

            if (word.Index > at)
            {
                parts.Add(new Part(ingredients[at..word.Index], false));
            }

            parts.Add(new Part(word.Value, true));
            at = word.Index + word.Length;
        }

        if (at < ingredients.Length)
        {
            parts.Add(new Part(ingredients[at..], false));
        }

        return parts;
    }

    /// <summary>The allergen's name in the shopper's language (the API gives the Annex II key, e.g. <c>Milk</c>).</summary>
    public static string Name(string allergen) => Known.TryGetValue(allergen, out var k) ? Ui.T(k.El, k.En) : allergen;

    [GeneratedRegex(@"\p{L}+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
