namespace Dixis.Api.Problems;

/// <summary>Enum values as people send them: by name, any case; numbers and undefined combinations are refused.</summary>
public static class EnumNames
{
    public static bool TryParse<T>(string? value, out T parsed)
        where T : struct, Enum =>
        Enum.TryParse(value, ignoreCase: true, out parsed) && Enum.IsDefined(parsed) && !int.TryParse(value, out _);
}
