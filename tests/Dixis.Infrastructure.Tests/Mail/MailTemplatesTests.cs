using Dixis.Infrastructure.Mail;

namespace Dixis.Infrastructure.Tests.Mail;

/// <summary>Every template renders Greek HTML and text, encodes values and links back to the storefront.</summary>
public sealed class MailTemplatesTests
{
    private readonly MailTemplates _templates = new(new MailOptions { PublicBaseUrl = "https://dixis.gr/" });

    public static TheoryData<string> TemplateNames() => ["order", "status", "low-stock", "digest", "reset", "export"];

    private OutgoingMail Render(string name) => name switch
    {
        "order" => _templates.OrderConfirmation("m1", "a@example.gr", new OrderConfirmationModel("DX-1001", "Μαρία <Παπαδοπούλου>", [new MailOrderLine("Φέτα ΠΟΠ", 2, 21.80m)], 21.80m, "/orders/track/abc")),
        "status" => _templates.OrderStatusChanged("m2", "a@example.gr", new OrderStatusModel("DX-1001", "Μαρία", "Απεστάλη", "ΕΛΤΑ Courier", "EC123456789GR", "/orders/track/abc")),
        "low-stock" => _templates.LowStockNotice("m3", "p@example.gr", "Μελισσοκομία Ψηλορείτη", [new LowStockItem("Μέλι Θυμαρίσιο Κρήτης", 2)]),
        "digest" => _templates.ProducerWeeklyDigest("m4", "p@example.gr", new WeeklyDigestModel("Μελισσοκομία", 7, 1, 2, "/producer/notifications/unsubscribe?x=1")),
        "reset" => _templates.PasswordReset("m5", "a@example.gr", "Μαρία", "/account/reset?token=abc"),
        "export" => _templates.DataExportReady("m6", "a@example.gr", "Μαρία", "/me/export/xyz", new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero)),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [MemberData(nameof(TemplateNames))]
    public void Renders_greek_html_and_text_with_absolute_links(string name)
    {
        var mail = Render(name);
        Assert.Matches("[α-ωΑ-Ω]", mail.Subject);
        Assert.Contains("<html lang=\"el\">", mail.Html);
        Assert.Contains("https://dixis.gr/", mail.Html);
        Assert.Contains("https://dixis.gr/", mail.Text);
        Assert.DoesNotContain("dixis.gr//", mail.Html);
        Assert.DoesNotContain("<html", mail.Text);
    }

    [Fact]
    public void Values_are_html_encoded_but_greek_stays_readable()
    {
        var mail = Render("order");
        Assert.Contains("Μαρία &lt;Παπαδοπούλου&gt;", mail.Html);
        Assert.Contains("21,80 €", mail.Html);
        Assert.Contains("Φέτα ΠΟΠ × 2: 21,80 €", mail.Text);
    }

    [Fact]
    public void Only_the_digest_carries_an_unsubscribe_link()
    {
        Assert.Equal("https://dixis.gr/producer/notifications/unsubscribe?x=1", Render("digest").UnsubscribeUrl);
        Assert.All(new[] { "order", "status", "low-stock", "reset", "export" }, n => Assert.Null(Render(n).UnsubscribeUrl));
    }

    [Fact]
    public void Export_expiry_is_written_in_athens_time_in_greek()
    {
        Assert.Contains("1 Δεκεμβρίου 2026, 12:00", Render("export").Text);
    }
}
