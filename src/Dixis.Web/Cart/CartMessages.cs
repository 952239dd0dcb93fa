using Dixis.Web.Localization;

namespace Dixis.Web.Cart;

/// <summary>The messages behind the cart forms' redirect codes (<c>?cart=stock</c>...), in the shopper's language.</summary>
public static class CartMessages
{
    public static string? For(string? code) => code switch
    {
        "stock" => Ui.T("Δεν υπάρχει αρκετό απόθεμα για αυτή την ποσότητα.", "There is not enough stock for this quantity."),
        "unavailable" => Ui.T("Το προϊόν δεν είναι πλέον διαθέσιμο.", "The product is no longer available."),
        "quantity" => Ui.T("Η ποσότητα είναι από 1 έως 999.", "The quantity is from 1 to 999."),
        _ => null,
    };
}
