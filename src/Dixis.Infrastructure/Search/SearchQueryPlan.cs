using Dixis.Domain.Greek;
using Lucene.Net.Analysis.El;

namespace Dixis.Infrastructure.Search;

/// <summary>
/// A query broken into words, with every form each engine matches: folded, stemmed Greek, Greeklish skeleton,
/// ELOT 743 Latin, Greek candidates of a Latin word, fuzziness and whether it is the prefix being typed.
/// Both engines build their queries from this plan, so they mean the same thing.
/// </summary>
public sealed class SearchQueryPlan
{
    public const int MaxTerms = 8;

    private SearchQueryPlan(IReadOnlyList<SearchTerm> terms) => Terms = terms;

    public IReadOnlyList<SearchTerm> Terms { get; }

    /// <summary>True when a forgiving second pass (prefix of the word being typed, typos) could match more.</summary>
    public bool CanForgive => Terms.Any(t => t.IsPrefix || t.FuzzyEdits > 0);

    /// <summary>
    /// The plan as the exact pass matches it: no prefix, no typo distance. Highlights of an answer from the exact
    /// pass use it, so they mark what was matched (and skip the edit distances, the costly part of highlighting).
    /// </summary>
    public SearchQueryPlan AsTyped() =>
        CanForgive ? new SearchQueryPlan(Terms.Select(t => t with { IsPrefix = false, FuzzyEdits = 0 }).ToList()) : this;

    /// <summary>True when the text had no letter or digit at all (it then matches nothing).</summary>
    public bool IsEmpty => Terms.Count == 0;

    /// <summary>Plans a query; the last word is also matched as a prefix when <paramref name="prefixLast"/> (typing).</summary>
    public static SearchQueryPlan Parse(string text, bool prefixLast = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = Words(GreekText.Fold(text)).Take(MaxTerms).ToList();
        var terms = new List<SearchTerm>(words.Count);
        for (var i = 0; i < words.Count; i++)
        {
            terms.Add(SearchTerm.Create(words[i], prefixLast && i == words.Count - 1));
        }

        // Stop words ("με", "και", "tou") are optional unless the query is nothing but stop words.
        if (terms.All(t => t.IsStopWord))
        {
            terms = terms.Select(t => t with { IsStopWord = false }).ToList();
        }

        return new SearchQueryPlan(terms);
    }

    /// <summary>Words of folded text: runs of letters or digits.</summary>
    public static IEnumerable<string> Words(string folded)
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

    /// <summary>Greek stem of one folded word (Lucene's Greek stemmer wants lower case without accents, σ for ς).</summary>
    public static string Stem(string folded)
    {
        if (!GreekText.ContainsGreek(folded))
        {
            return folded;
        }

        var chars = folded.ToCharArray();
        var length = new GreekStemmer().Stem(chars, chars.Length);
        return new string(chars, 0, length);
    }
}

/// <summary>One word of a query in every form the engines match.</summary>
/// <param name="Folded">Lower case, no accents, σ for ς.</param>
/// <param name="Stem">Greek stem (the folded word when it is not Greek).</param>
/// <param name="Skeleton">Greeklish skeleton, where Greek, ELOT and informal spellings meet.</param>
/// <param name="Latin">ELOT 743 Latin form (folded).</param>
/// <param name="GreekSpellings">For a Latin word: its likely Greek spellings (folded).</param>
/// <param name="GreekStems">Their stems.</param>
/// <param name="FuzzyEdits">0 under 5 letters, 1 from 5, 2 from 8.</param>
/// <param name="IsPrefix">The word being typed: also matched as a prefix.</param>
/// <param name="IsStopWord">A Greek stop word (also in Greeklish): optional in the query.</param>
public sealed record SearchTerm(
    string Folded,
    string Stem,
    string Skeleton,
    string Latin,
    IReadOnlyList<string> GreekSpellings,
    IReadOnlyList<string> GreekStems,
    int FuzzyEdits,
    bool IsPrefix,
    bool IsStopWord)
{
    private static readonly HashSet<string> StopWords = BuildStopWords();

    internal static SearchTerm Create(string folded, bool prefix)
    {
        var isGreek = GreekText.ContainsGreek(folded);
        var skeleton = GreekText.SearchSkeleton(folded);
        var latin = isGreek ? GreekText.Fold(GreekText.ToLatin(folded)) : folded;
        var spellings = isGreek ? [] : GreeklishCandidates.For(folded).Select(GreekText.Fold).Distinct(StringComparer.Ordinal).ToList();
        var greekStems = spellings.Select(SearchQueryPlan.Stem).Distinct(StringComparer.Ordinal).ToList();
        var edits = folded.Length >= 8 ? 2 : folded.Length >= 5 ? 1 : 0;
        var stop = StopWords.Contains(folded) || StopWords.Contains(skeleton);
        return new SearchTerm(folded, SearchQueryPlan.Stem(folded), skeleton, latin, spellings, greekStems, edits, prefix && folded.Length >= 2, stop);
    }

    private static HashSet<string> BuildStopWords()
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in GreekAnalyzer.DefaultStopSet)
        {
            var s = word?.ToString() ?? "";
            if (s.Length > 0)
            {
                set.Add(s);
                // Their skeletons too, so Greeklish "me", "kai", "tou" are optional like «με», «και», «του».
                set.Add(GreekText.SearchSkeleton(s));
            }
        }

        return set;
    }
}
