using System.Globalization;
using System.Text;

namespace Dixis.Domain.Greek;

/// <summary>Greek to Latin transliteration after ELOT 743 (the passport standard).</summary>
internal static class Elot743
{
    private const char Acute = '\u0301';
    private const char AcuteTone = '\u0341';
    private const char Diaeresis = '\u0308';
    private const string Voiceless = "θκξπσςτφχψ";

    /// <summary>One base character with the marks NFD found after it.</summary>
    private readonly record struct Glyph(char Original, char Lower, bool Accented, bool Diaeresis, string Marks)
    {
        public bool IsGreek => Lower is >= 'α' and <= 'ω';

        public bool IsUpper => char.IsUpper(Original);
    }

    public static string Transliterate(string s)
    {
        var glyphs = Decompose(s);
        var sb = new StringBuilder(s.Length + 8);
        var i = 0;
        while (i < glyphs.Count)
        {
            var g = glyphs[i];
            if (!g.IsGreek)
            {
                // Non-Greek text passes through with its own accents.
                sb.Append(g.Original).Append(g.Marks);
                i++;
                continue;
            }

            var (latin, consumed) = Map(glyphs, i);
            AppendCased(sb, latin, glyphs, i, consumed);
            i += consumed;
        }

        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    private static (string Latin, int Consumed) Map(List<Glyph> g, int i)
    {
        var c = g[i].Lower;
        var next = At(g, i + 1);

        // αυ, ευ, ηυ are digraphs unless a tonos on the first vowel or a dialytika on υ splits them (άυλος, αϋπνία):
        // v before vowels and voiced consonants, f before voiceless consonants and at the end of a word.
        if (c is 'α' or 'ε' or 'η' && next is { Lower: 'υ', Diaeresis: false } && !g[i].Accented)
        {
            var after = At(g, i + 2);
            var f = after is null || !after.Value.IsGreek || Voiceless.Contains(after.Value.Lower, StringComparison.Ordinal);
            var vowel = c switch { 'α' => "a", 'ε' => "e", _ => "i" };
            return (vowel + (f ? "f" : "v"), 2);
        }

        if (c == 'ο' && next is { Lower: 'υ', Diaeresis: false } && !g[i].Accented)
        {
            return ("ou", 2);
        }

        // μπ is b at the start or end of a word (μπύρα → byra), mp inside it (λάμπα → lampa).
        if (c == 'μ' && next is { Lower: 'π' })
        {
            var atStart = i == 0 || !g[i - 1].IsGreek;
            var afterP = At(g, i + 2);
            var atEnd = afterP is null || !afterP.Value.IsGreek;
            return (atStart || atEnd ? "b" : "mp", 2);
        }

        // γ is nasal before γ, ξ, χ: γγ → ng, γξ → nx, γχ → nch (γκ stays gk).
        if (c == 'γ' && next is { Lower: 'γ' or 'ξ' or 'χ' })
        {
            return ("n", 1);
        }

        return (Single(c), 1);
    }

    private static string Single(char c) => c switch
    {
        'α' => "a",
        'β' => "v",
        'γ' => "g",
        'δ' => "d",
        'ε' => "e",
        'ζ' => "z",
        'η' => "i",
        'θ' => "th",
        'ι' => "i",
        'κ' => "k",
        'λ' => "l",
        'μ' => "m",
        'ν' => "n",
        'ξ' => "x",
        'ο' => "o",
        'π' => "p",
        'ρ' => "r",
        'σ' or 'ς' => "s",
        'τ' => "t",
        'υ' => "y",
        'φ' => "f",
        'χ' => "ch",
        'ψ' => "ps",
        'ω' => "o",
        _ => c.ToString(),
    };

    // Rough case preservation: a capital starts a capitalised chunk (Θ → Th); in an all-caps word the whole
    // chunk is upper case (ΘΕΜΑ → THEMA). Neighbouring letters decide which.
    private static void AppendCased(StringBuilder sb, string latin, List<Glyph> g, int i, int consumed)
    {
        if (!g[i].IsUpper)
        {
            sb.Append(latin);
            return;
        }

        var inSpanUpper = consumed > 1 && g[i + 1].IsUpper;
        var nextUpper = At(g, i + consumed) is { IsGreek: true, IsUpper: true };
        var prevUpper = i > 0 && g[i - 1].IsGreek && g[i - 1].IsUpper;
        if (inSpanUpper || nextUpper || prevUpper)
        {
            sb.Append(latin.ToUpperInvariant());
        }
        else
        {
            sb.Append(char.ToUpperInvariant(latin[0])).Append(latin.AsSpan(1));
        }
    }

    private static Glyph? At(List<Glyph> g, int i) => i < g.Count ? g[i] : null;

    private static List<Glyph> Decompose(string s)
    {
        var d = s.Normalize(NormalizationForm.FormD);
        var list = new List<Glyph>(d.Length);
        foreach (var ch in d)
        {
            if (list.Count > 0 && CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark)
            {
                var last = list[^1];
                list[^1] = ch switch
                {
                    Acute or AcuteTone => last with { Accented = true },
                    Diaeresis => last with { Diaeresis = true },
                    _ => last,
                };
                if (!last.IsGreek)
                {
                    list[^1] = list[^1] with { Marks = list[^1].Marks + ch };
                }

                continue;
            }

            list.Add(new Glyph(ch, char.ToLowerInvariant(ch), false, false, string.Empty));
        }

        return list;
    }
}
