using Dixis.Domain.Payments;

namespace Dixis.Infrastructure.Payments;

/// <summary>Event kinds as stored in the event log: the lower-case name, or <c>other</c> for types Dixis ignores.</summary>
public static class PaymentEventKinds
{
    public const string Other = "other";

    public static readonly string Refunded = Name(PaymentEventKind.Refunded);

    public static string Name(PaymentEventKind? kind) => kind?.ToString().ToLowerInvariant() ?? Other;

    public static PaymentEventKind? Parse(string name) =>
        Enum.TryParse<PaymentEventKind>(name, ignoreCase: true, out var kind) && Enum.IsDefined(kind) && name != Other ? kind : null;
}
