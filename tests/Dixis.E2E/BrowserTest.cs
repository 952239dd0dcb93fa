using System.Runtime.CompilerServices;
using Microsoft.Playwright;

namespace Dixis.E2E;

/// <summary>
/// Base of the browser tests: a fresh browser context per test (no shared cookies), and <see cref="RunAsync"/>, which
/// saves a screenshot and the page's HTML under <see cref="Artifacts.Folder"/> when the test fails.
/// </summary>
public abstract class BrowserTest(StorefrontFixture storefront)
{
    protected StorefrontFixture Storefront { get; } = storefront;

    protected async Task RunAsync(Func<IPage, Task> test, BrowserNewContextOptions? options = null, [CallerMemberName] string name = "", string? variant = null)
    {
        Skip.If(Storefront.Unavailable is not null, Storefront.Unavailable);
        options ??= new BrowserNewContextOptions();
        options.BaseURL = Storefront.BaseUrl;
        options.Locale ??= "el-GR";
        await using var context = await Storefront.Browser!.NewContextAsync(options);
        context.SetDefaultTimeout(20_000);
        var page = await context.NewPageAsync();
        try
        {
            await test(page);
        }
        catch (Exception)
        {
            await SaveAsync(page, variant is null ? name : $"{name}-{variant}");
            throw;
        }
    }

    private static async Task SaveAsync(IPage page, string name)
    {
        try
        {
            Directory.CreateDirectory(Artifacts.Folder);
            var file = Path.Combine(Artifacts.Folder, Artifacts.SafeName(name));
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = file + ".png", FullPage = true });
            await File.WriteAllTextAsync(file + ".html", await page.ContentAsync());
        }
        catch (PlaywrightException)
        {
            // The page itself is gone; the test's own error says more.
        }
    }
}
