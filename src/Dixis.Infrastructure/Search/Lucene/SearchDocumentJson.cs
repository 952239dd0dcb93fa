using System.Text.Json;
using System.Text.Json.Serialization;

namespace Dixis.Infrastructure.Search.Lucene;

/// <summary>
/// Source-generated JSON of a <see cref="SearchDocument"/> as the Lucene index keeps it (a binary doc value): reading
/// 24 hits per page must not pay for reflection-based serialisation.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(SearchDocument))]
internal sealed partial class SearchDocumentJson : JsonSerializerContext
{
    public static byte[] Encode(SearchDocument document) => JsonSerializer.SerializeToUtf8Bytes(document, Default.SearchDocument);

    public static SearchDocument Decode(ReadOnlySpan<byte> utf8) =>
        JsonSerializer.Deserialize(utf8, Default.SearchDocument) ?? throw new InvalidDataException("Empty search document in the index.");
}
