using System.Text;

namespace Dixis.Infrastructure.Search;

/// <summary>
/// Maps a Latin (Greeklish) word to a few Greek spellings it may stand for, so a Latin query can also hit the
/// stemmed Greek fields. Formal (ELOT 743) and informal spellings: <c>th</c>/<c>8</c> → θ, <c>ch</c> → χ,
/// <c>ps</c> → ψ, <c>ks</c> → ξ, <c>x</c> → ξ or χ, <c>h</c> → χ or η, <c>w</c> → ω, <c>i</c> → ι or η,
/// <c>o</c> → ο or ω, <c>u</c> → ου or υ, <c>b</c> → μπ or β, <c>d</c> → δ or ντ, <c>ai</c> → αι or ε, <c>ei</c> → ει or ι.
/// </summary>
/// <remarks>
/// The first reading of every letter gives the first candidate; each further candidate changes one ambiguous
/// position to its second reading, so the list stays short (at most <c>max</c>) and the likeliest spellings come
/// first. The skeleton fields catch the remaining spellings.
/// </remarks>
public static class GreeklishCandidates
{
    private static readonly (string Latin, string[] Greek)[] Rules =
    [
        ("th", ["θ"]), ("ch", ["χ"]), ("ps", ["ψ"]), ("ks", ["ξ"]), ("ou", ["ου"]), ("mp", ["μπ"]), ("nt", ["ντ"]),
        ("gk", ["γκ"]), ("gg", ["γγ"]), ("ai", ["αι", "ε"]), ("ei", ["ει", "ι"]), ("oi", ["οι"]), ("au", ["αυ"]), ("eu", ["ευ"]),
        ("a", ["α"]), ("b", ["μπ", "β"]), ("c", ["κ"]), ("d", ["δ", "ντ"]), ("e", ["ε"]), ("f", ["φ"]), ("g", ["γ"]),
        ("h", ["χ", "η"]), ("i", ["ι", "η"]), ("j", ["τζ"]), ("k", ["κ"]), ("l", ["λ"]), ("m", ["μ"]), ("n", ["ν"]),
        ("o", ["ο", "ω"]), ("p", ["π"]), ("q", ["κ"]), ("r", ["ρ"]), ("s", ["σ"]), ("t", ["τ"]), ("u", ["ου", "υ"]),
        ("v", ["β"]), ("w", ["ω"]), ("x", ["ξ", "χ"]), ("y", ["υ"]), ("z", ["ζ"]), ("8", ["θ"]),
    ];

    /// <summary>Greek spellings of a folded Latin word (lower case, no accents); empty when it has no Latin letter.</summary>
    public static IReadOnlyList<string> For(string latinWord, int max = 6)
    {
        ArgumentNullException.ThrowIfNull(latinWord);
        if (!latinWord.Any(char.IsAsciiLetterLower) || latinWord.Length > 40)
        {
            return [];
        }

        // "h" after a vowel-less "t", "c" or "p" is handled by the digraph rules; everything else reads left to right.
        var parts = new List<string[]>();
        var i = 0;
        while (i < latinWord.Length)
        {
            var rule = Rules.FirstOrDefault(r => string.CompareOrdinal(latinWord, i, r.Latin, 0, r.Latin.Length) == 0);
            if (rule.Latin is null)
            {
                parts.Add([latinWord[i].ToString()]);
                i++;
                continue;
            }

            parts.Add(rule.Greek);
            i += rule.Latin.Length;
        }

        var first = new StringBuilder();
        foreach (var p in parts)
        {
            first.Append(p[0]);
        }

        var result = new List<string> { first.ToString() };
        for (var k = 0; k < parts.Count && result.Count < max; k++)
        {
            if (parts[k].Length < 2)
            {
                continue;
            }

            var sb = new StringBuilder();
            for (var j = 0; j < parts.Count; j++)
            {
                sb.Append(j == k ? parts[j][1] : parts[j][0]);
            }

            result.Add(sb.ToString());
        }

        return result;
    }
}
