namespace Dixis.Infrastructure.Mail;

/// <summary>Settings of section <c>Mail</c>.</summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    /// <summary>SMTP host; when empty, mail is written as .eml files to <see cref="PickupPath"/> (embedded).</summary>
    public string? SmtpHost { get; set; }

    public int SmtpPort { get; set; } = 587;

    /// <summary><c>None</c>, <c>StartTls</c> (default) or <c>SslOnConnect</c>.</summary>
    public string Security { get; set; } = "StartTls";

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public string FromAddress { get; set; } = "no-reply@dixis.gr";

    public string FromName { get; set; } = "Dixis";

    public string PickupPath { get; set; } = "data/mail";

    /// <summary>Public address of the storefront, for links in mail.</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:3000";
}
