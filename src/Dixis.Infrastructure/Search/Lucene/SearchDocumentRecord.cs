using System.Text;

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

    public static SearchDocument Decode(byte[] buffer, int offset, int length)
    {
        if (length == 0)
        {
            throw new InvalidDataException("Empty search document in the index: rebuild it.");
        }

        using var stream = new MemoryStream(buffer, offset, length, writable: false);
        using var r = new BinaryReader(stream, Encoding.UTF8);
        var id = new Guid(r.ReadBytes(16));
        var slug = r.ReadString();
        var name = r.ReadString();
        var description = r.ReadString();
        var categorySlug = r.ReadString();
        var categoryName = r.ReadString();
        var producerId = new Guid(r.ReadBytes(16));
        var producerSlug = r.ReadString();
        var producerName = r.ReadString();
        var region = r.ReadString();
        var place = r.ReadString();
        var quality = r.ReadString();
        var organic = r.ReadBoolean();
        var price = r.ReadDecimal();
        var unit = r.ReadString();
        var quantity = r.ReadDecimal();
        var inStock = r.ReadBoolean();
        var hasImage = r.ReadBoolean();
        var image = r.ReadString();
        var ticks = r.ReadInt64();
        var offsetMinutes = r.ReadInt16();
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
}
