namespace Dixis.Domain.Greek;

/// <summary>Kind of a Greek phone number.</summary>
public enum PhoneKind
{
    /// <summary>Mobile (69…).</summary>
    Mobile,

    /// <summary>Fixed line (2…).</summary>
    Landline,
}
