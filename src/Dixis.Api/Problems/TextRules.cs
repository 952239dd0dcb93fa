using System.Globalization;

namespace Dixis.Api.Problems;

/// <summary>What text people may type into names and descriptions: no control, format or private-use characters.</summary>
public static class TextRules
{
    /// <summary>
    /// Refuses control characters (except new lines and tabs), zero-width and bidi-override marks and lone surrogates:
    /// they hide text from readers and moderators.
    /// </summary>
    public static bool IsClean(string s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (char.IsSurrogate(c))
            {
                if (!char.IsSurrogatePair(s, i))
                {
                    return false;
                }

                i++;
                continue;
            }

            var category = char.GetUnicodeCategory(c);
            if ((category == UnicodeCategory.Control && c is not ('\n' or '\r' or '\t'))
                || category is UnicodeCategory.Format or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned)
            {
                return false;
            }
        }

        return true;
    }
}
