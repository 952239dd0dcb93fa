namespace Dixis.Domain.Greek;

/// <summary>Outcome of validating a Greek tax number (ΑΦΜ).</summary>
/// <param name="Afm">The 9-digit AFM without any <c>EL</c> prefix when well-formed; otherwise the trimmed input.</param>
/// <param name="Valid">True when the AFM passes every check, including the check digit.</param>
/// <param name="Reason">Null when valid; otherwise one of the stable codes in <see cref="AfmReasons"/>.</param>
public sealed record AfmValidation(string Afm, bool Valid, string? Reason);
