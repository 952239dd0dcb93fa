using System.Globalization;
using Dixis.Api.Problems;
using Dixis.Domain.Greek;
using Dixis.Domain.Vat;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dixis.Api.Features.Greek;

/// <summary>Greek market utilities: AFM, postal codes, VAT.</summary>
public static class GreekEndpoints
{
    public static RouteGroupBuilder MapGreekEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/greek").WithTags("Greek market");
        group.MapGet("/afm/{afm}", CheckAfm).WithName("CheckAfm").WithSummary("Validate a Greek tax id (ΑΦΜ)");
        group.MapGet("/postal-codes/{code}", LookupPostalCode).WithName("LookupPostalCode").WithSummary("Region, island and shipping zone of a postal code");
        group.MapGet("/vat", DetermineVat).WithName("DetermineVat")
            .WithSummary("The VAT rate for a sale")
            .WithDescription("Applies the island-reduced rates (17/9/4) by the rule of the VAT code: goods on a qualifying island sold by a seller established there, or goods shipped to a business established on one.");
        return api;
    }

    private static Ok<AfmResponse> CheckAfm(string afm)
    {
        var result = Afm.Validate(afm);
        return TypedResults.Ok(new AfmResponse(
            result.Afm,
            result.Valid,
            result.Reason,
            result.Reason is null ? null : Messages.Get("afm." + result.Reason),
            result.Valid ? Afm.ToEuVatId(result.Afm) : null));
    }

    private static Results<Ok<PostalCodeResponse>, ValidationProblem, ProblemHttpResult> LookupPostalCode(string code)
    {
        if (!PostalCode.TryParse(code, out var postalCode))
        {
            var errors = new FieldErrors();
            errors.Add("code", "postal-code");
            return ApiProblems.Validation(errors);
        }

        var info = PostalCodeDirectory.Lookup(postalCode);
        if (info is null)
        {
            return ApiProblems.Problem(StatusCodes.Status404NotFound, "not-found", "postal-code.unknown");
        }

        return TypedResults.Ok(ToResponse(info));
    }

    /// <summary>Determines the VAT rate of a sale.</summary>
    /// <param name="rateClass">standard, reduced or super-reduced: the class of the product.</param>
    /// <param name="sellerPostalCode">Postal code where the seller is established.</param>
    /// <param name="stockPostalCode">Postal code where the goods are kept; defaults to the seller's.</param>
    /// <param name="deliveryPostalCode">Postal code of delivery (for a business buyer, its establishment).</param>
    /// <param name="buyerType">consumer (default) or business.</param>
    /// <param name="date">Date of the sale (YYYY-MM-DD), default today in Europe/Athens.</param>
    /// <param name="clock">Time source.</param>
    private static Results<Ok<VatResponse>, ValidationProblem> DetermineVat(
        string? rateClass, string? sellerPostalCode, string? stockPostalCode, string? deliveryPostalCode, string? buyerType, string? date, TimeProvider clock)
    {
        var errors = new FieldErrors();
        VatRateClass parsedClass = default;
        errors.When(!VatMath.TryParseRateClass(rateClass, out parsedClass), "rateClass", "rate-class");
        var seller = errors.PostalCode("sellerPostalCode", sellerPostalCode)?.PostalCode;
        var stock = errors.PostalCode("stockPostalCode", stockPostalCode, required: false)?.PostalCode ?? seller;
        var delivery = errors.PostalCode("deliveryPostalCode", deliveryPostalCode)?.PostalCode;
        var buyer = BuyerType.Consumer;
        if (!string.IsNullOrEmpty(buyerType))
        {
            errors.When(!TryParseBuyer(buyerType, out buyer), "buyerType", "buyer-type");
        }

        var day = AthensTime.Today(clock);
        if (!string.IsNullOrEmpty(date))
        {
            errors.When(!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day), "date", "date");
        }

        if (errors.Any || seller is null || delivery is null || stock is null)
        {
            return ApiProblems.Validation(errors);
        }

        var decision = VatEngine.Determine(new VatQuery(parsedClass, seller.Value, stock.Value, delivery.Value, buyer, day));
        return TypedResults.Ok(new VatResponse(decision.Rate, decision.RatePercent, decision.MyDataVatCategory, decision.IslandReduced, decision.Rule, decision.Island));
    }

    internal static PostalCodeResponse ToResponse(PostalCodeInfo info) => new(
        info.PostalCode.Value, info.PostalCode.Formatted, info.Region, info.Prefecture, info.Island, info.IsIsland,
        JsonNamingPolicyKebab(info.ShippingZone.ToString()));

    private static bool TryParseBuyer(string value, out BuyerType buyer)
    {
        buyer = value.ToLowerInvariant() switch
        {
            "consumer" => BuyerType.Consumer,
            "business" => BuyerType.Business,
            _ => (BuyerType)(-1),
        };
        return Enum.IsDefined(buyer);
    }

    private static string JsonNamingPolicyKebab(string name) => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(name);
}
