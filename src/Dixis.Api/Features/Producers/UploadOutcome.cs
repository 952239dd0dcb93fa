namespace Dixis.Api.Features.Producers;

/// <summary>What an upload came to: the stored thing, or an HTTP status with the message code that says why not.</summary>
public sealed record UploadOutcome<T>(T? Value, int Status, string? Code)
    where T : class
{
    public bool Succeeded => Value is not null;
}

/// <summary>Makes <see cref="UploadOutcome{T}"/> values.</summary>
public static class UploadOutcome
{
    public static UploadOutcome<T> Stored<T>(T value)
        where T : class => new(value, StatusCodes.Status201Created, null);

    public static UploadOutcome<T> Refused<T>(int status, string code)
        where T : class => new(null, status, code);
}

/// <summary>A product image as stored: its public URL and pixel size after re-encoding.</summary>
public sealed record ProductImageResponse(Guid Id, string Url, string ContentType, int Width, int Height);

/// <summary>An onboarding document of the signed-in producer (never public).</summary>
public sealed record ProducerDocumentResponse(Guid Id, string Kind, string FileName, string ContentType, DateTimeOffset UploadedAt);
