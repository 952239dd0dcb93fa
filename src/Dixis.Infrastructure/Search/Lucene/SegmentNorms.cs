using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace Dixis.Infrastructure.Search.Lucene;

/// <summary>
/// A segment's norms (one byte per document: the field's length, encoded by the similarity) as plain byte arrays, read
/// once per segment and field and kept while the segment lives (keyed by its core: norms never change after a segment
/// is written). Lucene decodes a packed norm through two virtual calls for every posting it scores; a word that leads a
/// search scores thousands of postings.
/// </summary>
internal static class SegmentNorms
{
    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<string, byte[]?>> BySegment = [];

    /// <summary>The field's norm byte per document of the segment, or null when the field has no norms there.</summary>
    public static byte[]? For(AtomicReader reader, string field) =>
        BySegment.GetValue(reader.CoreCacheKey, _ => new()).GetOrAdd(field, f => Read(reader, f));

    private static byte[]? Read(AtomicReader reader, string field)
    {
        if (reader.GetNormValues(field) is not { } norms)
        {
            return null;
        }

        var bytes = new byte[reader.MaxDoc];
        for (var doc = 0; doc < bytes.Length; doc++)
        {
            // TF-IDF norms are single bytes (SmallFloat); the similarity decodes only the low byte too.
            bytes[doc] = (byte)norms.Get(doc);
        }

        return bytes;
    }
}
