namespace Dixis.Domain.Greek;

/// <summary>Stable reason codes returned by <see cref="Afm.Validate(string?)"/>; clients may switch on them.</summary>
public static class AfmReasons
{
    /// <summary>Nothing was entered (null, blank, or only the <c>EL</c> prefix).</summary>
    public const string Empty = "empty";

    /// <summary>The value contains something other than ASCII digits.</summary>
    public const string NotDigits = "not-digits";

    /// <summary>The value is not exactly 9 digits long.</summary>
    public const string WrongLength = "wrong-length";

    /// <summary>The value is 000000000, which passes the checksum but is never issued.</summary>
    public const string AllZeros = "all-zeros";

    /// <summary>The ninth (check) digit does not match the first eight.</summary>
    public const string Checksum = "checksum";
}
