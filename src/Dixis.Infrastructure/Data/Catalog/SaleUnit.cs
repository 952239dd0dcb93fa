namespace Dixis.Infrastructure.Data.Catalog;

/// <summary>How a product's net quantity is measured, for the price per kg or litre.</summary>
public enum SaleUnit
{
    Piece = 0,
    Kilogram = 1,
    Litre = 2,
}
