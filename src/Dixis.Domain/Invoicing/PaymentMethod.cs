namespace Dixis.Domain.Invoicing;

/// <summary>myDATA payment methods (the enum value is the code sent to AADE).</summary>
public enum PaymentMethod
{
    /// <summary>1: Επαγγελματικός λογαριασμός πληρωμών ημεδαπής (bank transfer to the seller's business account).</summary>
    DomesticBusinessAccount = 1,

    /// <summary>2: Επαγγελματικός λογαριασμός πληρωμών αλλοδαπής.</summary>
    ForeignBusinessAccount = 2,

    /// <summary>3: Μετρητά (cash, including cash on delivery).</summary>
    Cash = 3,

    /// <summary>4: Επιταγή.</summary>
    Cheque = 4,

    /// <summary>5: Επί πιστώσει (on credit, e.g. a commission set off in a settlement).</summary>
    OnCredit = 5,

    /// <summary>6: Web banking.</summary>
    WebBanking = 6,

    /// <summary>7: POS / e-POS (card payments through a payment provider).</summary>
    Pos = 7,

    /// <summary>8: Άμεσες πληρωμές IRIS.</summary>
    Iris = 8,
}
