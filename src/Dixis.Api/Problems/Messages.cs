using System.Globalization;

namespace Dixis.Api.Problems;

/// <summary>Every user-facing error text of the API, in Greek and English, keyed by a stable code.</summary>
public static class Messages
{
    private static readonly Dictionary<string, (string El, string En)> Texts = new()
    {
        ["validation"] = ("Τα στοιχεία που στείλατε δεν είναι έγκυρα.", "The data you sent is not valid."),
        ["not-found"] = ("Δεν βρέθηκε.", "Not found."),
        ["bad-request"] = ("Το αίτημα δεν είναι έγκυρο.", "The request is not valid."),
        ["unauthorized"] = ("Απαιτείται σύνδεση.", "You need to log in."),
        ["forbidden"] = ("Δεν έχετε δικαίωμα γι' αυτή την ενέργεια.", "You are not allowed to do this."),
        ["too-many-requests"] = ("Πάρα πολλά αιτήματα. Δοκιμάστε ξανά σε λίγο.", "Too many requests. Try again shortly."),
        ["payload-too-large"] = ("Το αίτημα είναι πολύ μεγάλο.", "The request is too large."),
        ["unsupported-media-type"] = ("Ο τύπος περιεχομένου δεν υποστηρίζεται.", "The content type is not supported."),
        ["conflict"] = ("Υπάρχει σύγκρουση με την τρέχουσα κατάσταση.", "This conflicts with the current state."),
        ["server-error"] = ("Κάτι πήγε στραβά. Δοκιμάστε ξανά.", "Something went wrong. Please try again."),
        ["login-failed"] = ("Λάθος email ή κωδικός.", "Wrong email or password."),
        ["locked-out"] = ("Ο λογαριασμός κλειδώθηκε προσωρινά μετά από πολλές αποτυχημένες προσπάθειες.", "The account is locked for a while after too many failed attempts."),
        ["two-factor-required"] = ("Δώστε και τον κωδικό επαλήθευσης από την εφαρμογή ελέγχου ταυτότητας.", "Enter the code from your authenticator app as well."),
        ["two-factor-code"] = ("Ο κωδικός επαλήθευσης δεν είναι σωστός.", "The verification code is not correct."),
        ["two-factor-admin"] = ("Οι διαχειριστές πρέπει πρώτα να ενεργοποιήσουν την επαλήθευση δύο βημάτων.", "Administrators must turn on two-factor authentication first."),
        ["two-factor-on"] = ("Η επαλήθευση δύο βημάτων είναι ήδη ενεργή.", "Two-factor authentication is already on."),
        ["two-factor-off"] = ("Η επαλήθευση δύο βημάτων δεν είναι ενεργή.", "Two-factor authentication is not on."),
        ["two-factor-no-key"] = ("Ξεκινήστε πρώτα τη ρύθμιση της επαλήθευσης δύο βημάτων.", "Start the two-factor set-up first."),
        ["password-wrong"] = ("Ο κωδικός πρόσβασης δεν είναι σωστός.", "The password is not correct."),
        ["required"] = ("Το πεδίο είναι υποχρεωτικό.", "This field is required."),
        ["too-long"] = ("Το κείμενο είναι πολύ μεγάλο.", "The text is too long."),
        ["afm.empty"] = ("Ο ΑΦΜ είναι υποχρεωτικός.", "The tax id (AFM) is required."),
        ["afm.not-digits"] = ("Ο ΑΦΜ έχει μόνο ψηφία.", "The tax id (AFM) has digits only."),
        ["afm.wrong-length"] = ("Ο ΑΦΜ έχει 9 ψηφία.", "The tax id (AFM) has 9 digits."),
        ["afm.all-zeros"] = ("Ο ΑΦΜ δεν μπορεί να είναι μηδενικά.", "The tax id (AFM) cannot be all zeros."),
        ["afm.checksum"] = ("Ο ΑΦΜ δεν είναι έγκυρος (λάθος ψηφίο ελέγχου).", "The tax id (AFM) is not valid (check digit)."),
        ["postal-code"] = ("Ο ταχυδρομικός κώδικας έχει 5 ψηφία (π.χ. 105 57).", "A postal code has 5 digits (e.g. 105 57)."),
        ["postal-code.unknown"] = ("Ο ταχυδρομικός κώδικας δεν αντιστοιχεί σε περιοχή της Ελλάδας.", "The postal code is not a Greek area."),
        ["rate-class"] = ("Η κατηγορία ΦΠΑ είναι standard, reduced ή super-reduced.", "The VAT class is standard, reduced or super-reduced."),
        ["buyer-type"] = ("Ο τύπος αγοραστή είναι consumer ή business.", "The buyer type is consumer or business."),
        ["date"] = ("Η ημερομηνία γράφεται ΕΕΕΕ-ΜΜ-ΗΗ.", "Dates are written YYYY-MM-DD."),
        ["page"] = ("Η σελίδα είναι θετικός αριθμός.", "The page is a positive number."),
        ["page-size"] = ("Το μέγεθος σελίδας είναι από 1 έως 100.", "The page size is from 1 to 100."),
        ["price"] = ("Η τιμή είναι θετικό ποσό σε ευρώ με έως 2 δεκαδικά.", "The price is a positive euro amount with up to 2 decimals."),
        ["price-range"] = ("Η ελάχιστη τιμή δεν μπορεί να είναι μεγαλύτερη από τη μέγιστη.", "The minimum price cannot exceed the maximum."),
        ["sort"] = ("Η ταξινόμηση είναι relevance, name, newest, price-asc ή price-desc.", "Sort is relevance, name, newest, price-asc or price-desc."),
        ["stock"] = ("Το απόθεμα είναι μη αρνητικός ακέραιος ή κενό για απεριόριστο.", "Stock is a non-negative whole number, or empty for unlimited."),
        ["quantity"] = ("Η ποσότητα είναι θετικός αριθμός.", "The quantity is a positive number."),
        // Cart, checkout and orders
        ["address.limit"] = ("Έχετε αποθηκεύσει ήδη 20 διευθύνσεις· διαγράψτε μία για να προσθέσετε νέα.", "You already have 20 saved addresses; delete one to add another."),
        ["cart.quantity"] = ("Η ποσότητα είναι από 1 έως 999.", "The quantity is from 1 to 999."),
        ["cart.product-unavailable"] = ("Το προϊόν δεν είναι διαθέσιμο.", "The product is not available."),
        ["cart.not-enough-stock"] = ("Δεν υπάρχει αρκετό απόθεμα για αυτή την ποσότητα.", "There is not enough stock for this quantity."),
        ["checkout.cart-empty"] = ("Το καλάθι είναι άδειο.", "The cart is empty."),
        ["checkout.unavailable"] = ("Κάποια προϊόντα δεν διατίθενται πια.", "Some products are no longer on sale."),
        ["checkout.out-of-stock"] = ("Κάποια προϊόντα δεν έχουν αρκετό απόθεμα.", "Some products do not have enough stock."),
        ["checkout.price-changed"] = ("Η τιμή κάποιων προϊόντων άλλαξε. Ελέγξτε το καλάθι και δοκιμάστε ξανά.", "The price of some products changed. Check the cart and try again."),
        ["checkout.total-changed"] = ("Το σύνολο άλλαξε από αυτό που είδατε. Ελέγξτε το και δοκιμάστε ξανά.", "The total differs from the one you saw. Check it and try again."),
        ["payment-method"] = ("Ο τρόπος πληρωμής είναι card (κάρτα) ή cod (αντικαταβολή).", "The payment method is card or cod (cash on delivery)."),
        ["checkout.not-awaiting-payment"] = ("Η παραγγελία δεν περιμένει πληρωμή.", "This checkout is not waiting for a payment."),
        ["order.status"] = ("Η κατάσταση είναι Pending, Confirmed, Processing, Shipped, Delivered ή Cancelled.", "The status is Pending, Confirmed, Processing, Shipped, Delivered or Cancelled."),
        ["settlement.month"] = ("Ο μήνας γράφεται ΕΕΕΕ-ΜΜ (π.χ. 2026-10).", "The month is written YYYY-MM (e.g. 2026-10)."),
        ["order.transition"] = ("Η παραγγελία δεν μπορεί να περάσει σε αυτή την κατάσταση.", "The order cannot move to this status."),
        ["phone"] = ("Το τηλέφωνο είναι ελληνικό (+30 και 10 ψηφία).", "The phone is Greek (+30 and 10 digits)."),
        ["weight"] = ("Το βάρος είναι από 1 έως 100.000 γραμμάρια.", "The weight is from 1 to 100,000 grams."),
        ["category"] = ("Η κατηγορία δεν υπάρχει.", "The category does not exist."),
        ["unit"] = ("Η μονάδα είναι piece, kilogram ή litre.", "The unit is piece, kilogram or litre."),
        ["quality-label"] = ("Η σήμανση είναι none, pdo, pgi ή tsg.", "The label is none, pdo, pgi or tsg."),
        ["allergen"] = ("Άγνωστο αλλεργιογόνο.", "Unknown allergen."),
        ["email"] = ("Το email δεν είναι έγκυρο.", "The email is not valid."),
        ["email-taken"] = ("Υπάρχει ήδη λογαριασμός με αυτό το email.", "An account with this email already exists."),
        ["password"] = ("Ο κωδικός χρειάζεται τουλάχιστον 10 χαρακτήρες με κεφαλαίο, πεζό, ψηφίο και σύμβολο.", "The password needs at least 10 characters with upper and lower case, a digit and a symbol."),
        ["account-type"] = ("Ο τύπος λογαριασμού είναι consumer, business ή producer.", "The account type is consumer, business or producer."),
        ["iban"] = ("Το IBAN δεν είναι έγκυρο: ελληνικό IBAN, GR και 25 ψηφία, με σωστά ψηφία ελέγχου.", "The IBAN is not valid: a Greek IBAN, GR and 25 digits, with correct check digits."),
        ["producer-profile-missing"] = ("Συμπληρώστε πρώτα το προφίλ παραγωγού.", "Complete the producer profile first."),
        ["text"] = ("Το κείμενο περιέχει μη επιτρεπτούς χαρακτήρες.", "The text contains characters that are not allowed."),
        ["suggest-size"] = ("Το πλήθος προτάσεων είναι από 1 έως 20.", "The number of suggestions is from 1 to 20."),
        ["reason"] = ("Γράψτε τον λόγο της απόρριψης.", "Write the reason for the rejection."),

        // Payments (docs/payments.md)
        ["payment.signature"] = ("Η υπογραφή της ειδοποίησης πληρωμής λείπει, είναι λάθος ή έχει λήξει.", "The payment notification's signature is missing, wrong or expired."),
        ["payment.webhook-malformed"] = ("Η ειδοποίηση πληρωμής δεν έχει τη μορφή του παρόχου.", "The payment notification is not in the provider's format."),
        ["payment.provider-unavailable"] = ("Ο πάροχος πληρωμών δεν είναι διαθέσιμος αυτή τη στιγμή. Δοκιμάστε ξανά σε λίγο.", "The payment provider is not available right now. Try again shortly."),
        ["payment.already-paid"] = ("Η παραγγελία έχει ήδη πληρωθεί.", "This order is already paid."),
        ["payment.in-progress"] = ("Μια πληρωμή για αυτή την παραγγελία βρίσκεται σε εξέλιξη.", "A payment for this order is in progress."),
        ["payment.state"] = ("Η πληρωμή δεν βρίσκεται σε κατάσταση που επιτρέπει αυτή την ενέργεια.", "The payment is not in a state that allows this."),
        ["payment.closed"] = ("Η πληρωμή αυτή έχει ήδη ολοκληρωθεί ή ακυρωθεί.", "This payment is already completed or cancelled."),
        ["payment.not-paid"] = ("Η παραγγελία δεν έχει πληρωθεί, άρα δεν υπάρχει ποσό για επιστροφή.", "The order is not paid, so there is nothing to refund."),
        ["payment.refund-exceeds"] = ("Η επιστροφή ξεπερνά το ποσό που πληρώθηκε και δεν έχει ήδη επιστραφεί.", "The refund exceeds what was paid and not yet refunded."),
        ["payment.refund-reference"] = ("Η αναφορά της επιστροφής χρησιμοποιήθηκε ήδη για άλλη επιστροφή.", "The refund reference was already used for another refund."),
        ["payment.amount"] = ("Το ποσό είναι θετικός αριθμός λεπτών έως 100.000.000.", "The amount is a positive number of cents up to 100,000,000."),
        ["payment.method"] = ("Ο τρόπος πληρωμής είναι card ή cash-on-delivery.", "The payment method is card or cash-on-delivery."),
        ["payment.return-url"] = ("Η διεύθυνση επιστροφής είναι διαδρομή του ιστότοπου (/…) ή απόλυτη διεύθυνση http(s).", "The return URL is a path on the site (/…) or an absolute http(s) URL."),
        // Uploads and sales reports (producer and admin areas).
        ["upload.missing"] = ("Επιλέξτε ένα αρχείο.", "Choose a file."),
        ["upload.too-large"] = ("Το αρχείο ξεπερνά τα 20 MB.", "The file is larger than 20 MB."),
        ["upload.not-image"] = ("Η εικόνα πρέπει να είναι JPEG, PNG ή WebP· αυτό το αρχείο δεν είναι (SVG, HTML και άλλοι τύποι δεν γίνονται δεκτοί).", "Images must be JPEG, PNG or WebP; this file is not one (SVG, HTML and other types are refused)."),
        ["upload.not-document"] = ("Τα έγγραφα πρέπει να είναι PDF, JPEG ή PNG· αυτό το αρχείο δεν είναι.", "Documents must be PDF, JPEG or PNG; this file is not one."),
        ["upload.corrupt"] = ("Το αρχείο είναι κατεστραμμένο ή ελλιπές.", "The file is damaged or incomplete."),
        ["upload.too-many-pixels"] = ("Η εικόνα έχει πολύ μεγάλες διαστάσεις (έως 10.000 pixel ανά πλευρά και 40 megapixel).", "The image is too large in pixels (up to 10,000 a side and 40 megapixels)."),
        ["upload.kind"] = ("Το είδος εγγράφου είναι registration, licence, certificate ή other.", "The document kind is registration, licence, certificate or other."),
        ["sales.range"] = ("Η περίοδος είναι από 1 έως 366 ημέρες και το «από» δεν είναι μετά το «έως».", "The period is 1 to 366 days and 'from' is not after 'to'."),

        // GDPR (docs/privacy.md)
        ["consent.essential"] = ("Τα απαραίτητα cookies δεν μπορούν να απορριφθούν: χωρίς αυτά ο ιστότοπος δεν λειτουργεί.", "Essential cookies cannot be refused: the site does not work without them."),
        ["consent.choice"] = ("Επιλέξτε ναι ή όχι.", "Choose yes or no."),
        ["consent.source"] = ("Η πηγή είναι web ή api.", "The source is web or api."),
        ["export.not-ready"] = ("Το αρχείο με τα δεδομένα σας ετοιμάζεται. Θα λάβετε email μόλις είναι έτοιμο.", "Your data file is being prepared. You will get an e-mail when it is ready."),
        ["export.expired"] = ("Ο σύνδεσμος έληξε. Ζητήστε νέο αρχείο δεδομένων.", "The link has expired. Ask for a new data file."),
        ["reauthentication-failed"] = ("Ο κωδικός (ή ο κωδικός επαλήθευσης) δεν είναι σωστός.", "The password (or verification code) is not correct."),
        ["erase.last-admin"] = ("Ο τελευταίος διαχειριστής δεν μπορεί να διαγράψει τον λογαριασμό του.", "The last administrator cannot delete their account."),
        ["audit.reason"] = ("Ο λόγος πρόσβασης έχει έως 300 χαρακτήρες χωρίς ειδικούς χαρακτήρες.", "The access reason has up to 300 characters and no control characters."),
    };

    /// <summary>True when the current request asked for Greek (the default).</summary>
    public static bool Greek => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName != "en";

    public static string Get(string code) =>
        Texts.TryGetValue(code, out var t) ? (Greek ? t.El : t.En) : code;

    public static bool Exists(string code) => Texts.ContainsKey(code);
}
