using System.Buffers.Binary;
using System.Text;
using CommunityToolkit.HighPerformance.Buffers;

namespace Dixis.Infrastructure.Search.Lucene;

/// <summary>
/// A <see cref="SearchDocument"/> as the Lucene index keeps it (a binary doc value): its fields in a fixed order,
/// strings as length-prefixed UTF-8. Every page decodes 24 of these; JSON escaped each Greek letter as <c>\uXXXX</c> and
/// cost a seventh of a query's processor time. The layout belongs to <see cref="LuceneProductSearch.Format"/>: change
/// one, change the other (an index of another format is rebuilt).
/// </summary>
internal static class SearchDocumentRecord
{
    public static byte[] Encode(SearchDocument d)
    {
        using var stream = new MemoryStream(256);
        using (var w = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            w.Write(d.Id.ToByteArray());
            w.Write(d.Slug);
            w.Write(d.Name);
            w.Write(d.Description);
            w.Write(d.CategorySlug);
            w.Write(d.CategoryName);
            w.Write(d.ProducerId.ToByteArray());
            w.Write(d.ProducerSlug);
            w.Write(d.ProducerName);
            w.Write(d.Region);
            w.Write(d.Place);
            w.Write(d.QualityLabel);
            w.Write(d.IsOrganic);
            w.Write(d.Price);
            w.Write(d.Unit);
            w.Write(d.NetQuantity);
            w.Write(d.InStock);
            w.Write(d.ImageKey is not null);
            w.Write(d.ImageKey ?? "");
            w.Write(d.CreatedAt.UtcTicks);
            w.Write((short)d.CreatedAt.TotalOffsetMinutes);
        }

        return stream.ToArray();
    }

    // Values shared by many products: a catalogue has a few hundred producers, places and categories.
    private static readonly StringPool Common = new(4096);

    public static SearchDocument Decode(byte[] buffer, int offset, int length)
    {
        if (length == 0)
        {
            throw new InvalidDataException("Empty search document in the index: rebuild it.");
        }

        // Read straight from the doc value's bytes: a BinaryReader over a MemoryStream allocated a stream, a reader, a
        // decoder and buffers per record, more than the strings themselves (24 records a page, thousands of pages a second).
        var r = new Reader(buffer.AsSpan(offset, length));
        var id = r.Guid();
        var slug = r.String();
        var name = r.String();
        var description = r.String();
        var categorySlug = r.Shared();
        var categoryName = r.Shared();
        var producerId = r.Guid();
        var producerSlug = r.Shared();
        var producerName = r.Shared();
        var region = r.Shared();
        var place = r.Shared();
        var quality = r.Shared();
        var organic = r.Boolean();
        var price = r.Decimal();
        var unit = r.Shared();
        var quantity = r.Decimal();
        var inStock = r.Boolean();
        var hasImage = r.Boolean();
        var image = r.String();
        var ticks = r.Int64();
        var offsetMinutes = r.Int16();
        return new SearchDocument
        {
            Id = id,
            Slug = slug,
            Name = name,
            Description = description,
            CategorySlug = categorySlug,
            CategoryName = categoryName,
            ProducerId = producerId,
            ProducerSlug = producerSlug,
            ProducerName = producerName,
            Region = region,
            Place = place,
            QualityLabel = quality,
            IsOrganic = organic,
            Price = price,
            Unit = unit,
            NetQuantity = quantity,
            InStock = inStock,
            ImageKey = hasImage ? image : null,
            CreatedAt = new DateTimeOffset(ticks, TimeSpan.Zero).ToOffset(TimeSpan.FromMinutes(offsetMinutes)),
        };
    }

    /// <summary>Reads what <see cref="BinaryWriter"/> wrote: little-endian numbers, strings as 7-bit-encoded length + UTF-8.</summary>
    private ref struct Reader(ReadOnlySpan<byte> bytes)
    {
        private ReadOnlySpan<byte> _rest = bytes;

        public Guid Guid() => new(Take(16));

        public bool Boolean() => Take(1)[0] != 0;

        public long Int64() => BinaryPrimitives.ReadInt64LittleEndian(Take(8));

        public short Int16() => BinaryPrimitives.ReadInt16LittleEndian(Take(2));

        public decimal Decimal()
        {
            var bits = Take(16);
            Span<int> parts =
            [
                BinaryPrimitives.ReadInt32LittleEndian(bits),
                BinaryPrimitives.ReadInt32LittleEndian(bits[4..]),
                BinaryPrimitives.ReadInt32LittleEndian(bits[8..]),
                BinaryPrimitives.ReadInt32LittleEndian(bits[12..]),
            ];
            return new decimal(parts);
        }

        /// <summary>
        /// A string many products share (category, producer, region, place, quality label, unit): one instance from
        /// <see cref="Common"/> instead of a new one per hit, so a page of results and the answers the cache keeps hold
        /// a third fewer objects.
        /// </summary>
        public string Shared() => Common.GetOrAdd(Utf8(), Encoding.UTF8);

        public string String()
        {
            var bytes = Utf8();
            return bytes.IsEmpty ? string.Empty : Encoding.UTF8.GetString(bytes);
        }

        private ReadOnlySpan<byte> Utf8()
        {
            var length = 0;
            for (var shift = 0; ; shift += 7)
            {
                if (shift > 28)
                {
                    throw Truncated();
                }

                var b = Take(1)[0];
                length |= (b & 0x7F) << shift;
                if (b < 0x80)
                {
                    break;
                }
            }

            return Take(length);
        }

        private ReadOnlySpan<byte> Take(int count)
        {
            if (count < 0 || count > _rest.Length)
            {
                throw Truncated();
            }

            var taken = _rest[..count];
            _rest = _rest[count..];
            return taken;
        }

        private static InvalidDataException Truncated() => new("Truncated search document in the index: rebuild it.");
    }
}
