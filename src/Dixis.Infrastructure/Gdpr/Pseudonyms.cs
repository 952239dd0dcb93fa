namespace Dixis.Infrastructure.Gdpr;

/// <summary>What replaces personal data in the records the law makes Dixis keep after a person's erasure.</summary>
public static class Pseudonyms
{
    public const string BuyerName = "Διαγραμμένος πελάτης";
    public const string Removed = "—";
    public const string ProducerName = "Πρώην παραγωγός";

    /// <summary>An address that can never receive mail (the <c>.invalid</c> top-level domain is reserved), unique per record.</summary>
    public static string Email(Guid recordId) => $"erased-{recordId:N}@erased.invalid";
}
