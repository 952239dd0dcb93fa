using System.Text;

namespace Dixis.Api.Tests.BadInput;

/// <summary>Who sends a hostile request.</summary>
public enum Caller
{
    Anonymous,
    Consumer,
    Producer,
    Admin,
}

/// <summary>One hostile request: who sends it, how, and what status range it must get (always 4xx).</summary>
/// <param name="Name">Unique, readable: shown in the test runner.</param>
public sealed record HostileRequest(string Name, Caller Caller, string Method, string Url, byte[]? Body, string ContentType = "application/json",
    IReadOnlyDictionary<string, string>? Headers = null, int? Status = null);

/// <summary>
/// The catalogue of hostile requests, built from a few families applied across the endpoints: broken and mistyped
/// JSON, oversized and mislabelled bodies, invalid UTF-8, Unicode tricks (zero-width, right-to-left marks, combining
/// accents, final sigma, look-alike and non-ASCII digits), injection and script payloads, negative or huge numbers,
/// unknown ids, forged, expired and replayed tokens, signatures and cart tokens.
/// </summary>
public static class HostileRequestCatalogue
{
    public const string Unknown = "00000000-0000-0000-0000-00000000dead";

    /// <summary>JSON endpoints with the caller allowed to reach them (so the refusal is the input's, not the role's).</summary>
    private static readonly (string Method, string Url, Caller Caller)[] JsonEndpoints =
    [
        ("POST", "/api/v1/accounts/register", Caller.Anonymous),
        ("POST", "/api/v1/accounts/login", Caller.Anonymous),
        ("POST", "/api/v1/cart/items", Caller.Anonymous),
        ("POST", "/api/v1/cart/items", Caller.Consumer),
        ("PATCH", "/api/v1/cart/items/" + Unknown, Caller.Consumer),
        ("POST", "/api/v1/checkout", Caller.Consumer),
        ("POST", "/api/v1/shipping/quote", Caller.Anonymous),
        ("PUT", "/api/v1/producer/profile", Caller.Producer),
        ("POST", "/api/v1/producer/products", Caller.Producer),
        ("POST", "/api/v1/producer/orders/" + Unknown + "/status", Caller.Producer),
        ("POST", "/api/v1/admin/producers/" + Unknown + "/reject", Caller.Admin),
        ("POST", "/api/v1/admin/products/" + Unknown + "/reject", Caller.Admin),
        ("POST", "/api/v1/me/2fa/enable", Caller.Consumer),
        ("POST", "/api/v1/me/2fa/disable", Caller.Consumer),
    ];

    private static readonly Lazy<Dictionary<string, HostileRequest>> All = new(Build);

    public static IReadOnlyCollection<string> Names => All.Value.Keys;

    public static HostileRequest Get(string name) => All.Value[name];

    private static Dictionary<string, HostileRequest> Build()
    {
        var list = new List<HostileRequest>();
        list.AddRange(BrokenBodies());
        list.AddRange(Registration());
        list.AddRange(Login());
        list.AddRange(CartAndCheckout());
        list.AddRange(ProducerArea());
        list.AddRange(TwoFactorAndAdmin());
        list.AddRange(Tokens());
        list.AddRange(QueriesAndRoutes());
        return list.ToDictionary(r => r.Name, StringComparer.Ordinal);
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static HostileRequest Json(string name, Caller caller, string method, string url, string json, int? status = null) =>
        new(name, caller, method, url, Utf8(json), Status: status);

    /// <summary>The same broken bodies at every JSON endpoint.</summary>
    private static IEnumerable<HostileRequest> BrokenBodies()
    {
        var bodies = new (string Name, byte[] Body, string ContentType, int? Status)[]
        {
            ("truncated JSON", Utf8("{\"a\": "), "application/json", 400),
            ("not JSON", Utf8("hello there"), "application/json", 400),
            ("JSON array", Utf8("[1,2,3]"), "application/json", 400),
            ("wrong types", Utf8("{\"email\":{},\"password\":1,\"displayName\":[],\"productId\":\"x\",\"quantity\":\"many\",\"status\":5,\"code\":[],\"postalCode\":{},\"price\":\"free\",\"reason\":[],\"name\":{},\"items\":7}"), "application/json", 400),
            ("nested 200 deep", Utf8(new string('[', 200) + new string(']', 200)), "application/json", 400),
            ("invalid UTF-8", [(byte)'{', (byte)'"', (byte)'e', (byte)'"', (byte)':', (byte)'"', 0xC3, 0x28, 0xFF, (byte)'"', (byte)'}'], "application/json", null),
            ("oversized 300 KB", Utf8("{\"x\":\"" + new string('x', 300_000) + "\"}"), "application/json", 413),
            ("form instead of JSON", Utf8("email=a%40b.gr&password=x"), "application/x-www-form-urlencoded", 415),
            ("XML instead of JSON", Utf8("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>"), "application/xml", 415),
        };
        foreach (var (method, url, caller) in JsonEndpoints)
        {
            foreach (var (name, body, contentType, status) in bodies)
            {
                yield return new HostileRequest($"{method} {url} as {caller}: {name}", caller, method, url, body, contentType, Status: status);
            }
        }
    }

    private static IEnumerable<HostileRequest> Registration()
    {
        const string Url = "/api/v1/accounts/register";
        string Body(string email = "new-{0}@example.gr", string password = "Kalimera-2026!", string displayName = "Νέος Χρήστης", string accountType = "consumer", string? afm = null) =>
            System.Text.Json.JsonSerializer.Serialize(new { email = string.Format(System.Globalization.CultureInfo.InvariantCulture, email, Guid.NewGuid().ToString("N")), password, displayName, accountType, afm });
        var cases = new (string Name, string Json)[]
        {
            ("SQL injection in email", Body(email: "' OR 1=1 --@example.gr")),
            ("script in email", Body(email: "<script>alert(1)</script>@example.gr")),
            ("zero-width space in email", Body(email: "ma\u200Bria-{0}@example.gr")),
            ("right-to-left override in email", Body(email: "\u202Emaria-{0}@example.gr")),
            ("email without domain dot", Body(email: "maria-{0}@localhost")),
            ("email of 300 characters", Body(email: new string('a', 290) + "{0}@example.gr")),
            ("null byte in email", Body(email: "maria-{0}\u0000@example.gr")),
            ("right-to-left override in display name", Body(displayName: "Admin\u202Enimda")),
            ("zero-width joiner in display name", Body(displayName: "Μα\u200Dρία")),
            ("bell character in display name", Body(displayName: "Μαρία\u0007")),
            ("display name of 500 characters", Body(displayName: new string('Α', 500))),
            ("empty display name", Body(displayName: "")),
            ("account type admin", Body(accountType: "admin")),
            ("account type with SQL", Body(accountType: "consumer'; DROP TABLE AspNetUsers; --")),
            ("business without AFM", Body(accountType: "business")),
            ("AFM with final sigma", Body(accountType: "business", afm: "ς94014201")),
            ("AFM with fullwidth digits", Body(accountType: "business", afm: "０９４０１４２０１")),
            ("AFM with Arabic-Indic digits", Body(accountType: "business", afm: "٠٩٤٠١٤٢٠١")),
            ("AFM with wrong check digit", Body(accountType: "business", afm: "094014202")),
            ("AFM of zeros", Body(accountType: "business", afm: "000000000")),
            ("weak password", Body(password: "password")),
            ("password of 10,000 characters", Body(password: "Aa1!" + new string('x', 10_000))),
            ("lone surrogate in display name", "{\"email\":\"x-" + Guid.NewGuid().ToString("N") + "@example.gr\",\"password\":\"Kalimera-2026!\",\"displayName\":\"\\ud800abc\",\"accountType\":\"consumer\"}"),
        };
        return cases.Select(c => Json($"register: {c.Name}", Caller.Anonymous, "POST", Url, c.Json));
    }

    private static IEnumerable<HostileRequest> Login()
    {
        const string Url = "/api/v1/accounts/login";
        var cases = new (string Name, object Body)[]
        {
            ("SQL injection as email", new { email = "admin@test.dixis.local' --", password = "x" }),
            ("SQL injection as password", new { email = "nobody@example.gr", password = "' OR '1'='1" }),
            ("unknown account", new { email = "nobody-at-all@example.gr", password = "Kalimera-2026!" }),
            ("password of 10,000 characters", new { email = "nobody@example.gr", password = new string('x', 10_000) }),
            ("forged two-factor code", new { email = "nobody@example.gr", password = "Kalimera-2026!", twoFactorCode = "' OR 1=1" }),
            ("recovery code of 10,000 characters", new { email = "nobody@example.gr", password = "Kalimera-2026!", twoFactorRecoveryCode = new string('9', 10_000) }),
            ("zero-width email", new { email = "no\u200Bbody@example.gr", password = "x" }),
        };
        return cases.Select(c => Json($"login: {c.Name}", Caller.Anonymous, "POST", Url, System.Text.Json.JsonSerializer.Serialize(c.Body)));
    }

    private static IEnumerable<HostileRequest> CartAndCheckout()
    {
        foreach (var (name, json) in new (string, string)[]
        {
            ("unknown product", $"{{\"productId\":\"{Unknown}\",\"quantity\":1}}"),
            ("empty product id", "{\"productId\":\"00000000-0000-0000-0000-000000000000\",\"quantity\":1}"),
            ("negative quantity", $"{{\"productId\":\"{Unknown}\",\"quantity\":-1}}"),
            ("zero quantity", $"{{\"productId\":\"{Unknown}\",\"quantity\":0}}"),
            ("quantity beyond int", $"{{\"productId\":\"{Unknown}\",\"quantity\":2147483648}}"),
            ("fractional quantity", $"{{\"productId\":\"{Unknown}\",\"quantity\":1.5}}"),
            ("quantity as text", $"{{\"productId\":\"{Unknown}\",\"quantity\":\"3\"}}"),
            ("product id with SQL", "{\"productId\":\"1' OR '1'='1\",\"quantity\":1}"),
        })
        {
            yield return Json($"cart add as Anonymous: {name}", Caller.Anonymous, "POST", "/api/v1/cart/items", json);
            yield return Json($"cart add as Consumer: {name}", Caller.Consumer, "POST", "/api/v1/cart/items", json);
        }

        yield return Json("cart update: negative quantity", Caller.Consumer, "PATCH", "/api/v1/cart/items/" + Unknown, "{\"quantity\":-5}");
        yield return Json("cart update: huge quantity", Caller.Consumer, "PATCH", "/api/v1/cart/items/" + Unknown, "{\"quantity\":99999999999}");
        yield return new HostileRequest("cart remove: unknown product", Caller.Consumer, "DELETE", "/api/v1/cart/items/" + Unknown, null);

        string Checkout(string postalCode = "10557", string email = "agorastis@example.gr", string phone = "6912345678", string paymentMethod = "cod",
            string buyerType = "consumer", string? afm = null, string name = "Μαρία Παπαδοπούλου", string street = "Ερμού 10", decimal? expectedTotal = null) =>
            System.Text.Json.JsonSerializer.Serialize(new { email, buyerType, afm, name, phone, street, city = "Αθήνα", postalCode, paymentMethod, expectedTotal });
        var checkouts = new (string Name, string Json)[]
        {
            ("empty cart", Checkout()),
            ("postal code with SQL", Checkout(postalCode: "10557' OR 1=1 --")),
            ("postal code with Greek omicron", Checkout(postalCode: "1Ο557")),
            ("postal code with fullwidth digits", Checkout(postalCode: "１０５５７")),
            ("postal code with combining accent", Checkout(postalCode: "1\u03080557")),
            ("postal code of zeros", Checkout(postalCode: "00000")),
            ("foreign phone", Checkout(phone: "+1 555 0100")),
            ("phone with script", Checkout(phone: "<script>alert(1)</script>")),
            ("email with zero-width", Checkout(email: "agora\u200Bstis@example.gr")),
            ("payment by bitcoin", Checkout(paymentMethod: "bitcoin")),
            ("buyer type admin", Checkout(buyerType: "admin")),
            ("business with bad AFM", Checkout(buyerType: "business", afm: "123456789")),
            ("name with right-to-left override", Checkout(name: "Μαρία\u202EΠαπαδοπούλου")),
            ("street of 5,000 characters", Checkout(street: new string('Ο', 5000))),
            ("negative expected total", Checkout(expectedTotal: -10m)),
            ("expected total of 10^20", Checkout(expectedTotal: 100000000000000000000m)),
        };
        foreach (var (name, json) in checkouts)
        {
            yield return Json($"checkout: {name}", Caller.Consumer, "POST", "/api/v1/checkout", json);
        }

        yield return Json("checkout as guest without a cart", Caller.Anonymous, "POST", "/api/v1/checkout", Checkout());
        yield return new HostileRequest("pay an unknown checkout", Caller.Consumer, "POST", $"/api/v1/checkout/{Unknown}/pay", null);
        foreach (var (name, json) in new (string, string)[]
        {
            ("postal code with SQL", "{\"postalCode\":\"' OR 1=1\",\"items\":[]}"),
            ("negative item quantity", $"{{\"postalCode\":\"10557\",\"items\":[{{\"productId\":\"{Unknown}\",\"quantity\":-3}}]}}"),
            ("unknown product", $"{{\"postalCode\":\"10557\",\"items\":[{{\"productId\":\"{Unknown}\",\"quantity\":1}}]}}"),
            ("payment method with script", "{\"postalCode\":\"10557\",\"paymentMethod\":\"<img src=x onerror=alert(1)>\",\"items\":[]}"),
        })
        {
            yield return Json($"shipping quote: {name}", Caller.Anonymous, "POST", "/api/v1/shipping/quote", json);
        }
    }

    private static IEnumerable<HostileRequest> ProducerArea()
    {
        string Profile(string afm = "090000045", string postalCode = "81100", string? iban = null, string businessName = "Μελισσοκομείο", string? description = null) =>
            System.Text.Json.JsonSerializer.Serialize(new { businessName, afm, taxOffice = "ΔΟΥ Μυτιλήνης", iban, street = "Αγοράς 1", city = "Καλλονή", postalCode, description });
        var profiles = new (string Name, string Json)[]
        {
            ("AFM with SQL", Profile(afm: "' OR 1=1 --")),
            ("AFM with final sigma", Profile(afm: "09000004ς")),
            ("foreign IBAN", Profile(iban: "DE89 3704 0044 0532 0130 00")),
            ("IBAN with script", Profile(iban: "GR<script>")),
            ("postal code with Arabic-Indic digits", Profile(postalCode: "٨١١٠٠")),
            ("business name with zero-width", Profile(businessName: "Μελισσο\u200Bκομείο")),
            ("description of 5,000 characters", Profile(description: new string('μ', 5000))),
        };
        foreach (var (name, json) in profiles)
        {
            yield return Json($"producer profile: {name}", Caller.Producer, "PUT", "/api/v1/producer/profile", json);
        }

        string Product(decimal price = 9.8m, int weightGrams = 600, int? stock = 5, string vat = "reduced", string unit = "kilogram", string name = "Μέλι", decimal netQuantity = 0.45m, string category = "meli") =>
            System.Text.Json.JsonSerializer.Serialize(new { name, categorySlug = category, price, unit, netQuantity, weightGrams, stock, vatRateClass = vat, allergens = Array.Empty<string>(), qualityLabel = "none", isOrganic = false });
        var products = new (string Name, string Json)[]
        {
            ("negative price", Product(price: -1m)),
            ("zero price", Product(price: 0m)),
            ("price of a billion", Product(price: 1_000_000_000m)),
            ("price with 3 decimals", Product(price: 9.999m)),
            ("negative weight", Product(weightGrams: -5)),
            ("negative stock", Product(stock: -1)),
            ("VAT class zero", Product(vat: "zero")),
            ("unit barrel", Product(unit: "barrel")),
            ("negative net quantity", Product(netQuantity: -0.5m)),
            ("unknown category", Product(category: "' OR 1=1 --")),
            ("name with right-to-left override", Product(name: "Μέλι\u202E")),
            ("empty name", Product(name: "")),
            ("price beyond decimal", "{\"name\":\"Μέλι\",\"categorySlug\":\"meli\",\"price\":1e400,\"unit\":\"kilogram\",\"weightGrams\":600,\"vatRateClass\":\"reduced\"}"),
        };
        foreach (var (name, json) in products)
        {
            yield return Json($"producer product: {name}", Caller.Producer, "POST", "/api/v1/producer/products", json);
        }

        yield return Json("producer product update: unknown product", Caller.Producer, "PUT", $"/api/v1/producer/products/{Unknown}", Product());
        yield return Json("producer order status: unknown order", Caller.Producer, "POST", $"/api/v1/producer/orders/{Unknown}/status", "{\"status\":\"shipped\"}");
        yield return Json("producer order status: status teleported", Caller.Producer, "POST", $"/api/v1/producer/orders/{Unknown}/status", "{\"status\":\"teleported\"}");
    }

    private static IEnumerable<HostileRequest> TwoFactorAndAdmin()
    {
        foreach (var (name, code) in new[] { ("SQL", "' OR 1=1"), ("letters", "abcdef"), ("10,000 digits", new string('1', 10_000)), ("Arabic-Indic digits", "١٢٣٤٥٦"), ("fullwidth digits", "１２３４５６") })
        {
            yield return Json($"2fa enable: code {name}", Caller.Consumer, "POST", "/api/v1/me/2fa/enable", System.Text.Json.JsonSerializer.Serialize(new { code }));
        }

        yield return Json("2fa disable while off", Caller.Consumer, "POST", "/api/v1/me/2fa/disable", "{\"password\":\"Kalimera-2026!\",\"code\":\"123456\"}");
        yield return Json("2fa recovery codes while off", Caller.Consumer, "POST", "/api/v1/me/2fa/recovery-codes", "{\"code\":\"123456\"}");
        yield return Json("admin reject producer: reason of 10,000 characters", Caller.Admin, "POST", $"/api/v1/admin/producers/{Unknown}/reject", System.Text.Json.JsonSerializer.Serialize(new { reason = new string('x', 10_000) }));
        yield return Json("admin reject product: empty reason", Caller.Admin, "POST", $"/api/v1/admin/products/{Unknown}/reject", "{\"reason\":\"\"}");
        yield return new HostileRequest("admin approve: unknown producer", Caller.Admin, "POST", $"/api/v1/admin/producers/{Unknown}/approve", null);
        yield return new HostileRequest("admin approve: unknown product", Caller.Admin, "POST", $"/api/v1/admin/products/{Unknown}/approve", null);
        yield return Json("admin move order: unknown order", Caller.Admin, "POST", $"/api/v1/admin/orders/{Unknown}/status", "{\"status\":\"cancelled\"}");
        yield return new HostileRequest("admin settlements: month 2026-13", Caller.Admin, "GET", "/api/v1/admin/settlements/?month=2026-13", null);
        yield return new HostileRequest("admin settlements: month with SQL", Caller.Admin, "GET", "/api/v1/admin/settlements/?month=2026-01'%20OR%201=1", null);
        yield return Json("admin settlements run: month 0000-00", Caller.Admin, "POST", "/api/v1/admin/settlements/run", "{\"month\":\"0000-00\"}");
    }

    /// <summary>Forged, expired and replayed credentials: tokens, cookies, signatures, cart tokens.</summary>
    private static IEnumerable<HostileRequest> Tokens()
    {
        var forged = new (string Name, string Header, string Value)[]
        {
            ("garbage bearer token", "Authorization", "Bearer not-a-token"),
            ("JWT-shaped bearer token", "Authorization", "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbiIsInJvbGUiOiJhZG1pbiJ9."),
            ("bearer token of 8 KB", "Authorization", "Bearer " + new string('A', 8_000)),
            ("basic credentials", "Authorization", "Basic YWRtaW46YWRtaW4="),
            ("forged session cookie", "Cookie", "dixis.auth=CfDJ8forgedforgedforged"),
            ("session cookie with script", "Cookie", "dixis.auth=<script>alert(1)</script>"),
        };
        foreach (var (name, header, value) in forged)
        {
            foreach (var url in new[] { "/api/v1/accounts/me", "/api/v1/orders/", "/api/v1/admin/orders", "/api/v1/producer/profile", "/api/v1/me/2fa" })
            {
                yield return new HostileRequest($"GET {url}: {name}", Caller.Anonymous, "GET", url, null, Headers: new Dictionary<string, string> { [header] = value }, Status: 401);
            }
        }

        foreach (var (name, token) in new[] { ("unknown cart token", "Y2FydC10b2tlbi1mb3JnZWQtZm9yZ2VkLWZvcmdlZA"), ("cart token with SQL", "' OR 1=1 --"), ("cart token of 4 KB", new string('c', 4_000)) })
        {
            yield return new HostileRequest($"cart update with {name}", Caller.Anonymous, "PATCH", "/api/v1/cart/items/" + Unknown, Utf8("{\"quantity\":1}"),
                Headers: new Dictionary<string, string> { ["X-Cart-Token"] = token });
            yield return new HostileRequest($"checkout with {name}", Caller.Anonymous, "POST", "/api/v1/checkout",
                Utf8("{\"email\":\"a@example.gr\",\"buyerType\":\"consumer\",\"name\":\"Α Β\",\"phone\":\"6912345678\",\"street\":\"Ερμού 1\",\"city\":\"Αθήνα\",\"postalCode\":\"10557\",\"paymentMethod\":\"cod\"}"),
                Headers: new Dictionary<string, string> { ["X-Cart-Token"] = token });
        }

        var webhook = "{\"eventId\":\"" + Guid.NewGuid() + "\",\"type\":\"payment.succeeded\",\"orderCode\":\"DX-FORGED\",\"transactionId\":null,\"amountCents\":100,\"at\":\"2026-01-01T00:00:00Z\"}";
        foreach (var (name, signature) in new[] { ("no signature", (string?)null), ("forged signature", "t=1767225600,v1=deadbeef"), ("expired signature", "t=946684800,v1=00"), ("signature with script", "<script>") })
        {
            yield return new HostileRequest($"sandbox webhook: {name}", Caller.Anonymous, "POST", "/api/v1/payments/webhooks/sandbox", Utf8(webhook),
                Headers: signature is null ? null : new Dictionary<string, string> { ["X-Sandbox-Signature"] = signature });
        }

        yield return new HostileRequest("viva webhook: unsigned event", Caller.Anonymous, "POST", "/api/v1/payments/webhooks/viva", Utf8("{\"EventTypeId\":1796,\"EventData\":{\"OrderCode\":1}}"));
        yield return new HostileRequest("sandbox page: unknown payment", Caller.Anonymous, "GET", $"/api/v1/payments/sandbox/{Unknown}", null);
        yield return new HostileRequest("sandbox page: choice for unknown payment", Caller.Anonymous, "POST", $"/api/v1/payments/sandbox/{Unknown}/success", null);
        yield return new HostileRequest("tracking link: forged token", Caller.Anonymous, "GET", "/api/v1/orders/track/" + new string('x', 43), null);
        yield return new HostileRequest("tracking link: token with SQL", Caller.Anonymous, "GET", "/api/v1/orders/track/'%20OR%201=1%20--", null);
        yield return new HostileRequest("tracking link: token of 4 KB", Caller.Anonymous, "GET", "/api/v1/orders/track/" + new string('t', 4_000), null);
    }

    private static IEnumerable<HostileRequest> QueriesAndRoutes()
    {
        var gets = new (string Name, string Url)[]
        {
            ("search: text of 1,000 characters", "/api/v1/search?q=" + new string('μ', 1000)),
            ("search: page 0", "/api/v1/search?q=meli&page=0"),
            ("search: page beyond int", "/api/v1/search?q=meli&page=2147483648"),
            ("search: page size 1000", "/api/v1/search?q=meli&pageSize=1000"),
            ("search: negative min price", "/api/v1/search?q=meli&minPrice=-1"),
            ("search: price NaN", "/api/v1/search?q=meli&minPrice=NaN"),
            ("search: price Infinity", "/api/v1/search?q=meli&maxPrice=Infinity"),
            ("search: sort with SQL", "/api/v1/search?q=meli&sort=name;DROP%20TABLE%20Products"),
            ("search: label unknown", "/api/v1/search?q=meli&label=%3Cscript%3E"),
            ("search: organic maybe", "/api/v1/search?q=meli&organic=maybe"),
            ("suggest: empty text", "/api/v1/search/suggest?q="),
            ("suggest: size -1", "/api/v1/search/suggest?q=mel&size=-1"),
            ("suggest: size 1000", "/api/v1/search/suggest?q=mel&size=1000"),
            ("suggest: text of 500 characters", "/api/v1/search/suggest?q=" + new string('a', 500)),
            ("products: page size 0 with search", "/api/v1/products?search=meli&pageSize=0"),
            ("products: negative page with search", "/api/v1/products?search=meli&page=-1"),
            ("product: unknown id", "/api/v1/products/" + Unknown),
            ("product: path traversal", "/api/v1/products/..%2F..%2Fetc%2Fpasswd"),
            ("product: slug with SQL", "/api/v1/products/meli'%20OR%20'1'='1"),
            ("product: slug of 2,000 characters", "/api/v1/products/" + new string('s', 2000)),
            ("producer: unknown id", "/api/v1/producers/" + Unknown),
            ("producer: slug with script", "/api/v1/producers/%3Cscript%3Ealert(1)%3C%2Fscript%3E"),
            ("producers: page size 1000", "/api/v1/producers?pageSize=1000"),
            ("postal code: letters", "/api/v1/greek/postal-codes/ABCDE"),
            ("postal code: Greek omicron for zero", "/api/v1/greek/postal-codes/1%CE%9F557"),
            ("postal code: unknown area", "/api/v1/greek/postal-codes/00000"),
            ("vat: rate class zero", "/api/v1/greek/vat?rateClass=zero&sellerPostalCode=10557&deliveryPostalCode=10557"),
            ("vat: date 2026-02-30", "/api/v1/greek/vat?rateClass=reduced&sellerPostalCode=10557&deliveryPostalCode=10557&date=2026-02-30"),
            ("vat: buyer type admin", "/api/v1/greek/vat?rateClass=reduced&sellerPostalCode=10557&deliveryPostalCode=10557&buyerType=admin"),
            ("media: path traversal", "/api/v1/media/products/..%2F..%2Fdixis.db"),
            ("media: unknown file", "/api/v1/media/products/nothing-here.webp"),
        };
        foreach (var (name, url) in gets)
        {
            yield return new HostileRequest(name, Caller.Anonymous, "GET", url, null);
        }

        foreach (var url in new[] { $"/api/v1/orders/{Unknown}", $"/api/v1/checkout/{Unknown}", $"/api/v1/invoices/{Unknown}", $"/api/v1/invoices/{Unknown}/pdf" })
        {
            yield return new HostileRequest($"consumer reads unknown {url}", Caller.Consumer, "GET", url, null, Status: 404);
        }

        yield return new HostileRequest("producer reads unknown order", Caller.Producer, "GET", $"/api/v1/producer/orders/{Unknown}", null, Status: 404);
        yield return new HostileRequest("producer orders: status teleported", Caller.Producer, "GET", "/api/v1/producer/orders/?status=teleported", null);
        yield return new HostileRequest("admin products: state unknown", Caller.Admin, "GET", "/api/v1/admin/products?status=%3Cscript%3E", null);
    }
}
