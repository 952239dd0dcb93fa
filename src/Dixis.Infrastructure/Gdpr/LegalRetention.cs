namespace Dixis.Infrastructure.Gdpr;

/// <summary>How long records must be kept by law (docs/privacy.md, retention table).</summary>
public static class LegalRetention
{
    /// <summary>
    /// Greek accounting and tax law: the books and the documents behind them are kept for at least 5 years from the
    /// end of the tax year they belong to (ν. 4308/2014 art. 9 and the tax procedure code ν. 4987/2022 art. 17 on the
    /// period the tax authority may audit). To be confirmed by the accountant for each case that differs.
    /// </summary>
    public const string TaxBasis = "Greek accounting and tax law (ν. 4308/2014 art. 9, ν. 4987/2022): 5 years from the end of the tax year";

    /// <summary>The last day a record of the tax year of <paramref name="taxDate"/> must be kept.</summary>
    public static DateOnly TaxRecordsKeptUntil(DateOnly taxDate, int years) => new(taxDate.Year + years, 12, 31);
}
