using Deque.AxeCore.Playwright;

namespace Dixis.E2E;

/// <summary>axe-core (embedded in Deque.AxeCore, no network) on the main pages: no serious or critical violation.</summary>
[Collection(StorefrontTests.Name)]
public sealed class AccessibilityTests(StorefrontFixture storefront) : BrowserTest(storefront)
{
    [SkippableTheory]
    [InlineData("/")]
    [InlineData("/category/meli")]
    [InlineData("/product/meli-thymarisio-kritis")]
    [InlineData("/search?q=meli")]
    [InlineData("/account/register")]
    public Task Main_pages_have_no_serious_or_critical_axe_violations(string path) => RunAsync(async page =>
    {
        await page.GotoAsync(path);
        var result = await page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious.Select(v =>
            $"{v.Impact} {v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")));
        Assert.NotEmpty(result.Passes);
    }, variant: path);
}
