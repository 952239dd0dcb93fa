namespace Dixis.Infrastructure.Gdpr;

/// <summary>Settings of section <c>Gdpr</c> (docs/privacy.md, docs/configuration.md).</summary>
public sealed class GdprOptions
{
    public const string Section = "Gdpr";

    /// <summary>Version of the privacy and cookie policy that consents refer to; change it when the policy changes.</summary>
    public string PolicyVersion { get; set; } = "2026-11";

    /// <summary>How long a data export can be downloaded.</summary>
    public int ExportLifetimeDays { get; set; } = 7;

    /// <summary>Years after the end of the tax year that orders and tax documents are kept (Greek accounting and tax law).</summary>
    public int TaxRetentionYears { get; set; } = 5;
}
