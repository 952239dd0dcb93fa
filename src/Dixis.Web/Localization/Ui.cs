using System.Globalization;

namespace Dixis.Web.Localization;

/// <summary>
/// The storefront's two languages: Greek by default, English when the shopper chose it (culture cookie). Page texts
/// are written as Greek/English pairs at the place they are shown.
/// </summary>
public static class Ui
{
    public static bool English => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    /// <summary>The <c>lang</c> attribute of the page.</summary>
    public static string Lang => English ? "en" : "el";

    public static string T(string greek, string english) => English ? english : greek;
}
