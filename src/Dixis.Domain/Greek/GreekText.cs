using System.Text;

namespace Dixis.Domain.Greek;

/// <summary>Greek text helpers for search, URLs and display: folding, ELOT 743 transliteration, slugs, Greeklish keys.</summary>
public static class GreekText
{
    /// <summary>
    /// Lower-cases (invariant), removes tonos, dialytika and Latin accents, maps final ς to σ and collapses
    /// whitespace to single spaces: «Μέλι  Θυμαρίσιο» → «μελι θυμαρισιο».
    /// </summary>
    public static string Fold(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return TextFolding.Fold(s);
    }

    /// <summary>
    /// Transliterates Greek letters to Latin after ELOT 743 (θ → th, χ → ch, ψ → ps, η → i, αυ → av/af, ου → ou,
    /// μπ → b at a word edge, γγ → ng...). Other characters pass through; case is kept roughly.
    /// </summary>
    public static string ToLatin(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Elot743.Transliterate(s);
    }

    /// <summary>URL slug: lower-case ASCII words joined by hyphens («Μέλι Θυμαρίσιο Κρήτης» → "meli-thymarisio-kritis").</summary>
    public static string Slugify(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var latin = TextFolding.Fold(Elot743.Transliterate(s));
        var sb = new StringBuilder(latin.Length);
        var pendingHyphen = false;
        foreach (var c in latin)
        {
            var ascii = c switch
            {
                >= 'a' and <= 'z' or >= '0' and <= '9' => c.ToString(),
                'ß' => "ss",
                'æ' => "ae",
                'œ' => "oe",
                'ø' => "o",
                'đ' => "d",
                'ł' => "l",
                'þ' => "th",
                _ => null,
            };
            if (ascii is null)
            {
                pendingHyphen = sb.Length > 0;
                continue;
            }

            if (pendingHyphen)
            {
                sb.Append('-');
                pendingHyphen = false;
            }

            sb.Append(ascii);
        }

        return sb.ToString();
    }

    /// <summary>True when the text has at least one Greek letter (monotonic or polytonic).</summary>
    public static bool ContainsGreek(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        foreach (var c in s)
        {
            if (c is (>= '\u0370' and <= '\u03FF') or (>= '\u1F00' and <= '\u1FFF') && char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A coarse Latin key on which Greek, ELOT Latin and informal Greeklish spellings meet, word by word
    /// (single spaces kept): «ελαιόλαδο», "elaiolado" and "eleolado" all give "eleolado";
    /// «θυμαρίσιο», "thymarisio" and "8imarisio" give "thimarisio". See the rules on the implementation.
    /// </summary>
    public static string SearchSkeleton(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return GreeklishSkeleton.Build(s);
    }
}
