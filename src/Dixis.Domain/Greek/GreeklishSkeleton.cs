using System.Text;

namespace Dixis.Domain.Greek;

/// <summary>
/// Builds a coarse Latin search key so that Greek, ELOT 743 Latin and informal Greeklish spellings of a word meet.
/// Index and query both go through the same steps, so a rule only has to be consistent, not linguistically exact.
/// </summary>
/// <remarks>
/// Steps per word (after folding and ELOT transliteration): 8 → θ and 3 → ξ next to a vowel; w → o;
/// h: "ch" → χ always; "th" → θ before a vowel, else τ+η; any other h → χ before a vowel, else η (i)
/// (mhlo → milo, mastiha → mastixa); x and ks → one χ/ξ key (Greeklish writes x for both);
/// c → k; ou → u and a lone u also means ου (tsipuro); au/eu/ay/ey → av/ev, or af/ef before a voiceless consonant;
/// y → i; ei, oi → i; ai → e; mp/mb → b, nt → d, gk/gg/ng → g; doubled letters collapse.
/// Collisions this makes (ξ = χ, αι = ε, θρ = τηρ) are accepted: it is a recall key, ranking does the rest.
/// </remarks>
internal static class GreeklishSkeleton
{
    // Internal single-letter markers (upper case cannot occur after folding).
    private const char Theta = 'T';
    private const char Chi = 'X';
    private const char Ou = 'U';

    public static string Build(string s)
    {
        var folded = TextFolding.Fold(Elot743.Transliterate(s));
        var sb = new StringBuilder(folded.Length);
        foreach (var token in Tokens(folded))
        {
            var key = Word(token);
            if (key.Length == 0)
            {
                continue;
            }

            if (sb.Length > 0)
            {
                sb.Append(' ');
            }

            sb.Append(key);
        }

        return sb.ToString();
    }

    private static IEnumerable<string> Tokens(string folded)
    {
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var inWord = i < folded.Length && char.IsLetterOrDigit(folded[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                yield return folded[start..i];
                start = -1;
            }
        }
    }

    private static string Word(string w)
    {
        w = DigitsAsLetters(w);
        w = w.Replace('w', 'o');
        w = ResolveH(w);
        w = w.Replace("ks", "X", StringComparison.Ordinal).Replace('x', Chi).Replace('c', 'k');
        w = w.Replace("ou", "U", StringComparison.Ordinal);
        w = ResolveAvEv(w);
        w = w.Replace('u', Ou).Replace('y', 'i');
        w = w.Replace("ei", "i", StringComparison.Ordinal).Replace("oi", "i", StringComparison.Ordinal);
        w = w.Replace("ai", "e", StringComparison.Ordinal);
        w = w.Replace("mp", "b", StringComparison.Ordinal).Replace("mb", "b", StringComparison.Ordinal)
            .Replace("nt", "d", StringComparison.Ordinal)
            .Replace("gk", "g", StringComparison.Ordinal).Replace("gg", "g", StringComparison.Ordinal)
            .Replace("ng", "g", StringComparison.Ordinal);
        w = CollapseDoubles(w);
        return w.Replace("T", "th", StringComparison.Ordinal).Replace('X', 'x').Replace('U', 'u');
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'w';

    // "8" for θ and "3" for ξ only when touching a vowel, so quantities like "8kg" or "300" stay numbers.
    private static string DigitsAsLetters(string w)
    {
        if (!w.Contains('8', StringComparison.Ordinal) && !w.Contains('3', StringComparison.Ordinal))
        {
            return w;
        }

        var sb = new StringBuilder(w.Length);
        for (var i = 0; i < w.Length; i++)
        {
            var c = w[i];
            var touchesVowel = (i > 0 && IsVowel(w[i - 1])) || (i + 1 < w.Length && IsVowel(w[i + 1]));
            sb.Append(c switch
            {
                // Straight to the θ/ξ markers: "a8hna" must read θ + η, not τ + η + η.
                '8' when touchesVowel => Theta,
                '3' when touchesVowel => Chi,
                _ => c,
            });
        }

        return sb.ToString();
    }

    private static string ResolveH(string w)
    {
        if (!w.Contains('h', StringComparison.Ordinal))
        {
            return w;
        }

        var sb = new StringBuilder(w.Length);
        for (var i = 0; i < w.Length; i++)
        {
            var c = w[i];
            var next = i + 1 < w.Length ? w[i + 1] : '\0';
            var beforeVowel = IsVowel(next);
            if (c == 'c' && next == 'h')
            {
                sb.Append(Chi);
                i++;
            }
            else if (c == 't' && next == 'h')
            {
                var afterH = i + 2 < w.Length ? w[i + 2] : '\0';
                sb.Append(IsVowel(afterH) ? Theta.ToString() : "ti");
                i++;
            }
            else if (c == 'h')
            {
                sb.Append(beforeVowel ? Chi : 'i');
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    // The ELOT rule for αυ/ευ applied to Latin input, so "mauro" meets "mavro" and "euxaristo" meets "efcharisto".
    private static string ResolveAvEv(string w)
    {
        var chars = w.ToCharArray();
        for (var i = 0; i + 1 < chars.Length; i++)
        {
            if (chars[i] is 'a' or 'e' && chars[i + 1] is 'u' or 'y')
            {
                var after = i + 2 < chars.Length ? chars[i + 2] : '\0';
                var voiceless = after is '\0' or 't' or 'k' or 'p' or 's' or 'f' or Theta or Chi;
                chars[i + 1] = voiceless ? 'f' : 'v';
            }
        }

        return new string(chars);
    }

    private static string CollapseDoubles(string w)
    {
        var sb = new StringBuilder(w.Length);
        foreach (var c in w)
        {
            // Digits are never collapsed: 500 is not 50.
            if (sb.Length == 0 || sb[^1] != c || char.IsAsciiDigit(c))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}
