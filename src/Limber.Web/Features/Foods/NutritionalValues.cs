namespace Limber.Features.Foods;

/// <summary>
/// Energy and nutrients of an amount of food (per 100 g on a <see cref="Food"/>; per serving on a
/// recipe; per day in the journal). Grams except energy (kcal, kJ) and sodium (mg). Null means not
/// known; adding treats it as nothing, so a total is "at least" what it says.
/// </summary>
public readonly record struct NutritionalValues(
    double? EnergyKcal,
    double? EnergyKj,
    double? Protein,
    double? Fat,
    double? SaturatedFat,
    double? Carbohydrate,
    double? Sugars,
    double? Fibre,
    double? SodiumMg)
{
    public static readonly NutritionalValues Zero = new(0, 0, 0, 0, 0, 0, 0, 0, 0);

    public NutritionalValues Times(double factor) => new(
        EnergyKcal * factor, EnergyKj * factor, Protein * factor, Fat * factor, SaturatedFat * factor,
        Carbohydrate * factor, Sugars * factor, Fibre * factor, SodiumMg * factor);

    public static NutritionalValues operator +(NutritionalValues a, NutritionalValues b) => new(
        Add(a.EnergyKcal, b.EnergyKcal), Add(a.EnergyKj, b.EnergyKj), Add(a.Protein, b.Protein), Add(a.Fat, b.Fat),
        Add(a.SaturatedFat, b.SaturatedFat), Add(a.Carbohydrate, b.Carbohydrate), Add(a.Sugars, b.Sugars), Add(a.Fibre, b.Fibre),
        Add(a.SodiumMg, b.SodiumMg));

    public static NutritionalValues Sum(IEnumerable<NutritionalValues> values) => values.Aggregate(Zero, (total, v) => total + v);

    /// <summary>kcal from kJ when a source gave only one of them (1 kcal = 4.184 kJ).</summary>
    public NutritionalValues WithBothEnergies() => this with
    {
        EnergyKcal = EnergyKcal ?? EnergyKj / 4.184,
        EnergyKj = EnergyKj ?? EnergyKcal * 4.184,
    };

    private static double? Add(double? a, double? b) => a is null && b is null ? null : (a ?? 0) + (b ?? 0);
}
