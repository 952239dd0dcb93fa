using Dixis.Domain.Greek;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.El;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace Dixis.Infrastructure.Search.Lucene;

/// <summary>
/// Greek analysis: standard tokenizer → <see cref="GreekText.Fold"/> (case, tonos, dialytika, final sigma, Latin
/// accents) → Greek stop words → Lucene's <see cref="GreekStemFilter"/> (which expects exactly that: lower case,
/// unaccented, σ) when <c>stem</c> is on.
/// </summary>
public sealed class GreekFoldingAnalyzer(bool stem) : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new GreekFoldFilter(tokenizer);
        if (stem)
        {
            stream = new StopFilter(Version, stream, GreekAnalyzer.DefaultStopSet);
            stream = new GreekStemFilter(stream);
        }

        return new TokenStreamComponents(tokenizer, stream);
    }
}

/// <summary>Replaces each token by its <see cref="GreekText.Fold"/> form.</summary>
public sealed class GreekFoldFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;

    public GreekFoldFilter(TokenStream input)
        : base(input) => _term = AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        var original = _term.ToString();
        var folded = GreekText.Fold(original);
        if (!string.Equals(original, folded, StringComparison.Ordinal))
        {
            _term.SetEmpty().Append(folded);
        }

        return true;
    }
}
