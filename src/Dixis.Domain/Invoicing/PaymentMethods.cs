namespace Dixis.Domain.Invoicing;

/// <summary>Greek labels of <see cref="PaymentMethod"/>, as printed on documents.</summary>
public static class PaymentMethods
{
    public static string GreekLabel(PaymentMethod method) => method switch
    {
        PaymentMethod.DomesticBusinessAccount => "Κατάθεση σε λογαριασμό πληρωμών",
        PaymentMethod.ForeignBusinessAccount => "Λογαριασμός πληρωμών αλλοδαπής",
        PaymentMethod.Cash => "Μετρητά",
        PaymentMethod.Cheque => "Επιταγή",
        PaymentMethod.OnCredit => "Επί πιστώσει",
        PaymentMethod.WebBanking => "Web banking",
        PaymentMethod.Pos => "Κάρτα (POS / e-POS)",
        PaymentMethod.Iris => "IRIS",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown payment method."),
    };
}
