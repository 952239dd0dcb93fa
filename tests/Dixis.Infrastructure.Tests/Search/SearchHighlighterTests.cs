using Dixis.Infrastructure.Search;

namespace Dixis.Infrastructure.Tests.Search;

/// <summary>Snippets of long descriptions: around the first match, marked, encoded, and cut words left unmarked.</summary>
public sealed class SearchHighlighterTests
{
    [Fact]
    public void A_snippet_starts_before_the_first_match_and_marks_every_match_in_it()
    {
        var text = string.Concat(Enumerable.Repeat("Παραδοσιακό προϊόν της περιοχής. ", 6)) + "Θυμαρίσιο μέλι & κερί. " +
            string.Concat(Enumerable.Repeat("Συσκευασία γυάλινη. ", 6));

        var snippet = SearchHighlighter.Snippet(text, SearchQueryPlan.Parse("meli thymarisio"));

        Assert.StartsWith("…", snippet, StringComparison.Ordinal);
        Assert.EndsWith("…", snippet, StringComparison.Ordinal);
        Assert.Contains("<mark>Θυμαρίσιο</mark> <mark>μέλι</mark> &amp; κερί.", snippet, StringComparison.Ordinal);
        Assert.InRange(snippet.Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal).Length, 100, SearchHighlighter.SnippetLength + 10);
    }

    [Fact]
    public void A_word_cut_by_the_snippet_start_is_not_marked()
    {
        // No space in the 40 characters before the match: the snippet starts inside «κκκκκμελι», whose tail reads «μελι»
        // but which is not the word «μέλι».
        var text = "κκκκκμελι-" + new string('ζ', 34) + "-μέλι-" + new string('β', 200) + " τέλος";

        var snippet = SearchHighlighter.Snippet(text, SearchQueryPlan.Parse("μελι"));

        Assert.StartsWith("…μελι-" + new string('ζ', 34) + "-<mark>μέλι</mark>-", snippet, StringComparison.Ordinal);
    }
}
