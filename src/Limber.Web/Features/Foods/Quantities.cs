using System.Globalization;

namespace Limber.Features.Foods;

/// <summary>Amounts as people write them: "14.2", "1", "0.25" (invariant digits, at most two decimals, no trailing zeros).</summary>
public static class Quantities
{
    public static string Format(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);
}
