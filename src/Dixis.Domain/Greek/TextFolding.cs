using System.Globalization;
using System.Text;

namespace Dixis.Domain.Greek;

/// <summary>Case, accent and whitespace folding shared by search, slugs and skeletons.</summary>
internal static class TextFolding
{
    public static string Fold(string s)
    {
        // NFD splits ά into α + U+0301 and ΐ into ι + U+0308 + U+0301 (and é into e + U+0301), so dropping
        // every non-spacing mark removes tonos, dialytika, polytonic marks and Latin accents in one pass.
        var decomposed = s.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var ch in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(ch))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            sb.Append(ch == 'ς' ? 'σ' : ch);
        }

        return sb.ToString().Normalize(NormalizationForm.FormC);
    }
}
