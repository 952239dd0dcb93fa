using Dixis.Infrastructure.Search;
using Dixis.Infrastructure.Search.Lucene;

namespace Dixis.Infrastructure.Tests.Search;

/// <summary>The product a hit shows is exactly the product that was indexed (the index keeps it as a binary record).</summary>
public sealed class SearchDocumentRecordTests
{
    [Theory]
    [InlineData("images/ab/cd.jpg", 180)]
    [InlineData(null, -150)]
    public void A_document_reads_back_as_it_was_written(string? imageKey, int offsetMinutes)
    {
        var written = Sample() with
        {
            Slug = "meli-thymarisio-kritis",
            Name = "Μέλι Θυμαρίσιο «Κρήτης» — 450 γρ.",
            Description = "Ανθόμελο με \"εισαγωγικά\", \\ και νέα\nγραμμή, ϊΐΰ ς.",
            IsOrganic = true,
            Price = 12.35m,
            NetQuantity = 450.125m,
            ImageKey = imageKey,
            CreatedAt = new DateTimeOffset(2026, 11, 27, 1, 2, 3, TimeSpan.FromMinutes(offsetMinutes)).AddTicks(4567),
        };

        var bytes = SearchDocumentRecord.Encode(written);
        var padded = new byte[bytes.Length + 7];
        bytes.CopyTo(padded, 3);
        var read = SearchDocumentRecord.Decode(padded, 3, bytes.Length);

        Assert.Equal(written, read);
        Assert.Equal(written.CreatedAt.Offset, read.CreatedAt.Offset);
        Assert.Equal(written.NetQuantity.Scale, read.NetQuantity.Scale);
    }

    [Fact]
    public void A_long_description_reads_back_whole()
    {
        // 20,000 bytes of UTF-8: its length takes three bytes of the 7-bit prefix.
        var written = Sample() with { Description = string.Concat(Enumerable.Repeat("Ελαιόλαδο ", 1_000)) };

        var bytes = SearchDocumentRecord.Encode(written);

        Assert.Equal(written, SearchDocumentRecord.Decode(bytes, 0, bytes.Length));
    }

    [Fact]
    public void A_truncated_record_is_refused_with_a_reason()
    {
        var bytes = SearchDocumentRecord.Encode(Sample());

        foreach (var cut in new[] { 1, 10, 17, bytes.Length / 2, bytes.Length - 1 })
        {
            var error = Assert.Throws<InvalidDataException>(() => SearchDocumentRecord.Decode(bytes, 0, cut));
            Assert.Contains("rebuild", error.Message, StringComparison.Ordinal);
        }
    }

    private static SearchDocument Sample() => new()
    {
        Id = Guid.NewGuid(),
        Slug = "feta",
        Name = "Φέτα",
        Description = "Φέτα ΠΟΠ",
        CategorySlug = "tyria",
        CategoryName = "Τυριά",
        ProducerId = Guid.NewGuid(),
        ProducerSlug = "tyrokomeio",
        ProducerName = "Τυροκομείο",
        Region = "Ήπειρος",
        Place = "Ιωάννινα",
        QualityLabel = "Pdo",
        IsOrganic = false,
        Price = 9.80m,
        Unit = "kg",
        NetQuantity = 1m,
        InStock = true,
        ImageKey = null,
        CreatedAt = DateTimeOffset.UnixEpoch,
    };

    [Fact]
    public void An_empty_record_is_refused_with_a_reason()
    {
        var error = Assert.Throws<InvalidDataException>(() => SearchDocumentRecord.Decode([], 0, 0));
        Assert.Contains("rebuild", error.Message, StringComparison.Ordinal);
    }
}
