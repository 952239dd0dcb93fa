using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Lucene.Net.Util.Automaton;

namespace Dixis.Infrastructure.Search.Lucene;

/// <summary>
/// A <see cref="FuzzyQuery"/> whose Levenshtein automata are built once per word and edit distance, then shared: by
/// the fields a word is looked up in, by the segments, and by later queries with the same word. Lucene builds them
/// again for every field and segment of every query; for a misspelt word that was three quarters of the query's time.
/// </summary>
internal sealed class SharedAutomataFuzzyQuery(Term term, int maxEdits, int prefixLength) : FuzzyQuery(term, maxEdits, prefixLength)
{
    // Misspellings recur; each entry is a few compiled automata (tens of KB). Cleared when full rather than
    // tracked for recency: building an entry again costs one query a millisecond or two.
    private const int Capacity = 512;
    private static readonly ConcurrentDictionary<(string Text, int Prefix), CompiledAutomaton[]> Automata = new();

    protected override TermsEnum GetTermsEnum(Terms terms, AttributeSource atts)
    {
        // FuzzyTermsEnum builds automata 0..maxEdits into this attribute unless they are there already.
        var built = atts.AddAttribute<FuzzyTermsEnum.ILevenshteinAutomataAttribute>().Automata;
        if (built.Count == 0 && MaxEdits <= LevenshteinAutomata.MAXIMUM_SUPPORTED_DISTANCE)
        {
            foreach (var automaton in For(Term.Text, PrefixLength, MaxEdits))
            {
                built.Add(automaton);
            }
        }

        return base.GetTermsEnum(terms, atts);
    }

    /// <summary>The automata of distances 0 to <paramref name="maxEdits"/>, exactly as <see cref="FuzzyTermsEnum"/> builds them.</summary>
    internal static CompiledAutomaton[] For(string text, int prefixLength, int maxEdits)
    {
        var key = (text, prefixLength);
        if (Automata.TryGetValue(key, out var cached) && cached.Length > maxEdits)
        {
            return cached.Length == maxEdits + 1 ? cached : cached[..(maxEdits + 1)];
        }

        var codePoints = text.EnumerateRunes().Select(r => r.Value).ToArray();
        var prefix = Math.Min(prefixLength, codePoints.Length);
        var builder = new LevenshteinAutomata(UnicodeUtil.NewString(codePoints, prefix, codePoints.Length - prefix), withTranspositions: true);
        var all = new CompiledAutomaton[maxEdits + 1];
        for (var distance = 0; distance < all.Length; distance++)
        {
            var automaton = builder.ToAutomaton(distance);
            if (prefix > 0)
            {
                automaton = BasicOperations.Concatenate(BasicAutomata.MakeString(UnicodeUtil.NewString(codePoints, 0, prefix)), automaton);
            }

            all[distance] = new CompiledAutomaton(automaton, true, false);
        }

        if (Automata.Count >= Capacity)
        {
            Automata.Clear();
        }

        Automata[key] = all;
        return all;
    }
}
