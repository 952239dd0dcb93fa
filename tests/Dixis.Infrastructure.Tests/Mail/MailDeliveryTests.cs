using System.Net.Http.Json;
using System.Text.Json;
using Dixis.Infrastructure.Mail;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Dixis.Infrastructure.Tests.Mail;

/// <summary>Mail delivered to a real SMTP catcher (maildev) and read back; and the embedded .eml folder.</summary>
public sealed class MailDeliveryTests
{
    [SkippableFact]
    public async Task Smtp_delivers_greek_subject_body_and_links_intact()
    {
        var (smtp, api) = TestServers.Smtp;
        var options = new MailOptions
        {
            SmtpHost = smtp.Split(':')[0],
            SmtpPort = int.Parse(smtp.Split(':')[1], System.Globalization.CultureInfo.InvariantCulture),
            Security = "None",
            PublicBaseUrl = "https://dixis.gr",
        };
        var marker = Guid.NewGuid().ToString("N")[..8];
        var mail = new MailTemplates(options).PasswordReset($"reset-{marker}", $"maria.{marker}@example.gr", "Μαρία Παπαδοπούλου", $"/account/reset?token={marker}");
        await new SmtpMailSender(options).SendAsync(mail);

        using var http = new HttpClient { BaseAddress = new Uri(api) };
        JsonElement received = default;
        for (var i = 0; i < 50 && received.ValueKind == JsonValueKind.Undefined; i++)
        {
            var all = await http.GetFromJsonAsync<JsonElement>("/api/email");
            received = all.EnumerateArray().FirstOrDefault(m => m.GetProperty("to")[0].GetProperty("address").GetString() == $"maria.{marker}@example.gr");
            await Task.Delay(100);
        }

        Assert.NotEqual(JsonValueKind.Undefined, received.ValueKind);
        Assert.Equal("Επαναφορά κωδικού πρόσβασης", received.GetProperty("subject").GetString());
        Assert.Contains($"https://dixis.gr/account/reset?token={marker}", received.GetProperty("html").GetString());
        Assert.Contains("Ορισμός νέου κωδικού", received.GetProperty("html").GetString());
        Assert.Contains("Αν δεν το ζητήσατε εσείς", received.GetProperty("text").GetString());

        // On the wire the subject is RFC 2047 encoded, never raw 8-bit.
        var source = await http.GetStringAsync($"/api/email/{received.GetProperty("id").GetString()}/source");
        var subjectLine = source.Split('\n').First(l => l.StartsWith("Subject:", StringComparison.Ordinal));
        Assert.Contains("=?utf-8?", subjectLine, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Embedded_mail_is_an_eml_file_that_decodes_back_to_greek()
    {
        var folder = Directory.CreateTempSubdirectory("dixis-mail-").FullName;
        var options = new MailOptions { PickupPath = folder };
        var mail = new MailTemplates(options).ProducerWeeklyDigest("digest-1", "p@example.gr", new WeeklyDigestModel("Μελισσοκομία Ψηλορείτη", 7, 1, 2, "/unsubscribe?d=1"));
        await new PickupFolderMailSender(options).SendAsync(mail);

        var message = await MimeMessage.LoadAsync(Path.Combine(folder, "digest-1.eml"));
        Assert.Equal("Η εβδομάδα σας στο Dixis", message.Subject);
        Assert.Equal("digest-1@dixis.gr", message.MessageId);
        Assert.Equal("<http://localhost:3000/unsubscribe?d=1>", message.Headers["List-Unsubscribe"]);
        Assert.Equal("List-Unsubscribe=One-Click", message.Headers["List-Unsubscribe-Post"]);
        Assert.Contains("Μελισσοκομία Ψηλορείτη", message.HtmlBody);
        Assert.Contains("Προϊόντα σε πώληση: 7", message.TextBody);
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task The_mail_job_sends_each_message_id_once()
    {
        var folder = Directory.CreateTempSubdirectory("dixis-mail-").FullName;
        var options = new MailOptions { PickupPath = folder };
        var sender = new CountingSender(new PickupFolderMailSender(options));
        var cache = new MemoryDistributedCache(Options.Create(new MemoryDistributedCacheOptions()));
        var job = new SendMailJob(sender, cache, NullLogger<SendMailJob>.Instance);
        var mail = new MailTemplates(options).PasswordReset("reset-once", "a@example.gr", "Μαρία", "/reset");
        await job.SendAsync(mail, CancellationToken.None);
        await job.SendAsync(mail, CancellationToken.None);
        Assert.Equal(1, sender.Count);
        Directory.Delete(folder, recursive: true);
    }

    private sealed class CountingSender(IMailSender inner) : IMailSender
    {
        public int Count { get; private set; }

        public async Task SendAsync(OutgoingMail mail, CancellationToken ct = default)
        {
            Count++;
            await inner.SendAsync(mail, ct);
        }
    }
}
