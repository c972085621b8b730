using Limber.Infrastructure.Web;

namespace Limber.Features.FoodJournal;

/// <summary>
/// "Suggest goals": daily energy from the Mifflin–St Jeor resting energy (10 × kg + 6.25 × cm − 5 ×
/// age, + 5 for men, − 161 for women) times an activity factor, less 500 kcal to lose (never under
/// 1,200 kcal for women, 1,500 for men) or plus 300 to gain; protein by body weight (1.2 g/kg to
/// maintain, 1.6 to lose or gain), fat 30 % of energy, carbohydrate the rest, fibre 14 g per 1,000
/// kcal. A starting point the member adjusts and saves, not advice.
/// </summary>
public static class SuggestGoals
{
    public static class Messages
    {
        public const string Weight = "Give your weight from 30 to 300 kg.";
        public const string Height = "Give your height from 120 to 230 cm.";
        public const string Age = "The calculator is for adults: give an age from 18 to 100.";
        public const string Sex = "Choose female or male (the formula differs).";
        public const string Activity = "Choose how active you are.";
        public const string Goal = "Choose lose, maintain or gain.";
    }

    public sealed record Input(double? WeightKg, double? HeightCm, int? Age, BodySex? Sex, ActivityLevel? Activity, WeightGoal? Goal);

    public sealed record Suggestion(double EnergyKcal, double Protein, double Carbohydrate, double Fat, double Fibre);

    public static Result<Suggestion> Handle(Input input)
    {
        var errors = new Dictionary<string, string>();
        if (input.WeightKg is not (>= 30 and <= 300))
        {
            errors[nameof(Input.WeightKg)] = Messages.Weight;
        }
        if (input.HeightCm is not (>= 120 and <= 230))
        {
            errors[nameof(Input.HeightCm)] = Messages.Height;
        }
        if (input.Age is not (>= 18 and <= 100))
        {
            errors[nameof(Input.Age)] = Messages.Age;
        }
        if (input.Sex is not { } sex || !Enum.IsDefined(sex))
        {
            errors[nameof(Input.Sex)] = Messages.Sex;
        }
        if (input.Activity is not { } activity || !Enum.IsDefined(activity))
        {
            errors[nameof(Input.Activity)] = Messages.Activity;
        }
        if (input.Goal is not { } goal || !Enum.IsDefined(goal))
        {
            errors[nameof(Input.Goal)] = Messages.Goal;
        }
        if (errors.Count > 0)
        {
            return Result.Invalid(errors);
        }
        var kg = input.WeightKg!.Value;
        var resting = (10 * kg) + (6.25 * input.HeightCm!.Value) - (5 * input.Age!.Value) + (input.Sex == BodySex.Male ? 5 : -161);
        var maintain = resting * Factor(input.Activity!.Value);
        var floor = input.Sex == BodySex.Male ? 1500 : 1200;
        var energy = Math.Round(input.Goal switch
        {
            WeightGoal.Lose => Math.Max(maintain - 500, floor),
            WeightGoal.Gain => maintain + 300,
            _ => maintain,
        } / 10) * 10;
        var protein = Math.Round(kg * (input.Goal == WeightGoal.Maintain ? 1.2 : 1.6));
        var fat = Math.Round(energy * 0.3 / 9);
        var carbohydrate = Math.Max(0, Math.Round((energy - (protein * 4) - (fat * 9)) / 4));
        return Result.Ok(new Suggestion(energy, protein, carbohydrate, fat, Math.Round(energy / 1000 * 14)));
    }

    /// <summary>The usual multipliers of resting energy for a day's activity.</summary>
    public static double Factor(ActivityLevel level) => level switch
    {
        ActivityLevel.Sedentary => 1.2,
        ActivityLevel.Light => 1.375,
        ActivityLevel.Moderate => 1.55,
        ActivityLevel.Active => 1.725,
        _ => 1.9,
    };
}

public enum BodySex
{
    Female,
    Male,
}

public enum ActivityLevel
{
    /// <summary>Little or no exercise.</summary>
    Sedentary,

    /// <summary>Light exercise 1–3 days a week.</summary>
    Light,

    /// <summary>Moderate exercise 3–5 days a week.</summary>
    Moderate,

    /// <summary>Hard exercise 6–7 days a week.</summary>
    Active,

    /// <summary>Hard daily exercise and a physical job.</summary>
    VeryActive,
}

public enum WeightGoal
{
    Lose,
    Maintain,
    Gain,
}
