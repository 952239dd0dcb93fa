using System.Net;
using System.Text;
using Dixis.Domain.Greek;

namespace Dixis.Infrastructure.Search;

/// <summary>
/// Marks the words of a text that a query matched, by the same rules the engines match on (folded, stem,
/// skeleton, prefix of the word being typed, typo distance), so Greeklish and misspelt queries highlight the
/// Greek words they found. Output is HTML-encoded with <c>&lt;mark&gt;</c> around matches.
/// </summary>
public static class SearchHighlighter
{
    public const int SnippetLength = 160;

    /// <summary>The whole text with matches marked.</summary>
    public static string Mark(string text, SearchQueryPlan plan) => Render(text, 0, text.Length, plan);

    /// <summary>About <see cref="SnippetLength"/> characters of the text around its first match (its start when nothing matches).</summary>
    public static string Snippet(string text, SearchQueryPlan plan)
    {
        if (text.Length <= SnippetLength)
        {
            return Mark(text, plan);
        }

        var first = default((int Start, int Length));
        for (var at = 0; NextWord(text, ref at, out var word);)
        {
            if (Matches(text.AsSpan(word.Start, word.Length), plan))
            {
                first = word;
                break;
            }
        }

        var start = first.Length == 0 ? 0 : Math.Max(0, first.Start - 40);
        if (start > 0)
        {
            // Start at a word boundary.
            var space = text.IndexOf(' ', start);
            start = space >= 0 && space < first.Start ? space + 1 : start;
        }

        var end = Math.Min(text.Length, start + SnippetLength);
        var body = Render(text, start, end, plan);
        return (start > 0 ? "…" : "") + body + (end < text.Length ? "…" : "");
    }

    /// <summary>True when one word of a text matches a word of the query.</summary>
    public static bool Matches(string word, SearchQueryPlan plan) => Matches(word.AsSpan(), plan);

    // Called for every word of every highlighted text (hundreds per page of results): no string per word, no enumerator.
    private static bool Matches(ReadOnlySpan<char> word, SearchQueryPlan plan)
    {
        var (folded, stem, skeleton) = Forms(word);
        var terms = plan.Terms;
        for (var i = 0; i < terms.Count; i++)
        {
            var t = terms[i];
            if (t.IsStopWord)
            {
                continue;
            }

            if (folded == t.Folded || stem == t.Stem || (skeleton.Length > 0 && skeleton == t.Skeleton) || t.GreekStems.Contains(stem))
            {
                return true;
            }

            if (t.IsPrefix && (folded.StartsWith(t.Folded, StringComparison.Ordinal) || (t.Skeleton.Length > 0 && skeleton.StartsWith(t.Skeleton, StringComparison.Ordinal))))
            {
                return true;
            }

            if (t.FuzzyEdits > 0 && skeleton.Length > 0 && Distance(skeleton, t.Skeleton, t.FuzzyEdits) <= t.FuzzyEdits)
            {
                return true;
            }
        }

        return false;
    }

    // A catalogue's vocabulary is small and every page of hits repeats it: fold, stem and skeleton each word once.
    private const int MaxCachedWords = 50_000;
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, (string Folded, string Stem, string Skeleton)> WordForms = new(StringComparer.Ordinal);
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, (string Folded, string Stem, string Skeleton)>.AlternateLookup<ReadOnlySpan<char>> WordFormsBySpan =
        WordForms.GetAlternateLookup<ReadOnlySpan<char>>();

    private static (string Folded, string Stem, string Skeleton) Forms(ReadOnlySpan<char> span)
    {
        if (WordFormsBySpan.TryGetValue(span, out var forms))
        {
            return forms;
        }

        var word = span.ToString();
        var folded = GreekText.Fold(word);
        forms = (folded, SearchQueryPlan.Stem(folded), GreekText.SearchSkeleton(folded));
        if (WordForms.Count >= MaxCachedWords)
        {
            WordForms.Clear();
        }

        WordForms[word] = forms;
        return forms;
    }

    private static string Render(string text, int start, int end, SearchQueryPlan plan)
    {
        var sb = new StringBuilder(end - start + 32);
        var pos = start;
        var at = start;
        while (at > 0 && at < end && InWord(text[at]) && InWord(text[at - 1]))
        {
            at++; // a word cut by the snippet's start is not marked
        }

        while (NextWord(text, ref at, out var word))
        {
            var (wStart, wLength) = word;
            if (wStart + wLength > end)
            {
                break;
            }

            if (!Matches(text.AsSpan(wStart, wLength), plan))
            {
                continue;
            }

            sb.Append(WebUtility.HtmlEncode(text[pos..wStart])).Append("<mark>").Append(WebUtility.HtmlEncode(text.Substring(wStart, wLength))).Append("</mark>");
            pos = wStart + wLength;
        }

        sb.Append(WebUtility.HtmlEncode(text[pos..end]));
        return sb.ToString();
    }

    /// <summary>The next word of <paramref name="text"/> at or after <paramref name="at"/> (letters, digits and their accents).</summary>
    private static bool NextWord(string text, ref int at, out (int Start, int Length) word)
    {
        while (at < text.Length && !InWord(text[at]))
        {
            at++;
        }

        var start = at;
        while (at < text.Length && InWord(text[at]))
        {
            at++;
        }

        word = (start, at - start);
        return word.Length > 0;
    }

    private static bool InWord(char c) =>
        char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark;

    /// <summary>Levenshtein distance, stopping early once it exceeds <paramref name="max"/>.</summary>
    public static int Distance(string a, string b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return max + 1;
        }

        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            prev[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            var rowMin = cur[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                cur[j] = Math.Min(Math.Min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.Min(rowMin, cur[j]);
            }

            if (rowMin > max)
            {
                return max + 1;
            }

            (prev, cur) = (cur, prev);
        }

        return prev[b.Length];
    }
}
