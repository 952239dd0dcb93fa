namespace Dixis.Infrastructure.Mail;

/// <summary>A rendered message, ready to send. <see cref="Id"/> makes sending idempotent and is the Message-Id.</summary>
/// <param name="Id">Stable id: the same logical mail keeps it across retries.</param>
/// <param name="To">Recipient address.</param>
/// <param name="ToName">Recipient name.</param>
/// <param name="Subject">Subject, any Unicode (encoded per RFC 2047 on the wire).</param>
/// <param name="Html">HTML body.</param>
/// <param name="Text">Plain-text body.</param>
/// <param name="UnsubscribeUrl">For marketing mail: the one-click unsubscribe link (List-Unsubscribe).</param>
public sealed record OutgoingMail(string Id, string To, string ToName, string Subject, string Html, string Text, string? UnsubscribeUrl = null);
