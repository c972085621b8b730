namespace Limber.Features.FoodJournal;

/// <summary>The limits every way of logging shares: which days, how much, which meal; and the words that say so.</summary>
public static class JournalRules
{
    public static readonly DateOnly Earliest = new(2000, 1, 1);

    /// <summary>Days ahead of the member's today that may be planned.</summary>
    public const int DaysAhead = 366;

    public const double MaxAmount = 10_000;
    public const double MaxGrams = 10_000;
    public const double MaxServings = 100;
    public const double MaxKcal = 20_000;
    public const double MaxNutrientGrams = 2_000;

    public static class Messages
    {
        public const string Date = "Choose a day from 1 January 2000 to a year from today.";
        public const string Meal = "Choose Breakfast, Lunch, Dinner or Snacks.";
        public const string Amount = "Give an amount greater than 0 (at most 10,000).";
        public const string TooHeavy = "That is more than 10 kg: give a smaller amount.";
        public const string Servings = "Give a number of servings greater than 0 (at most 100).";
        public const string Unit = "Choose grams or one of this food's portions.";
        public const string ServingUnit = "Recipes and quick entries are counted in servings.";
        public const string Food = "Choose a food from the search results.";
        public const string Recipe = "That recipe is not there, or not yours to log.";
        public const string Name = "Give the entry a name (at most 200 characters).";
        public const string Kcal = "Give the energy in kcal, from 0 to 20,000.";
        public const string Nutrient = "Give grams from 0 to 2,000, or leave it empty.";
        public const string NotFound = "There is no such entry in your journal.";
    }

    public static bool IsDay(DateOnly date, DateOnly today) => date >= Earliest && date <= today.AddDays(DaysAhead);

    public static void Check(Dictionary<string, string> errors, DateOnly date, DateOnly today, Meal? meal)
    {
        if (!IsDay(date, today))
        {
            errors["Date"] = Messages.Date;
        }
        if (meal is not { } m || !Enum.IsDefined(m))
        {
            errors["Meal"] = Messages.Meal;
        }
    }

    /// <summary>"Snacks" is the section's name; the others are their meal's.</summary>
    public static string Label(Meal meal) => meal == Meal.Snack ? "Snacks" : meal.ToString();

    /// <summary>The meal a member is most likely logging at this hour of their day: the add form's default.</summary>
    public static Meal Guess(TimeOnly local) => local.Hour switch
    {
        < 4 => Meal.Snack,
        < 11 => Meal.Breakfast,
        < 15 => Meal.Lunch,
        < 17 => Meal.Snack,
        < 22 => Meal.Dinner,
        _ => Meal.Snack,
    };

    public static bool IsAmount(double? amount) => amount is > 0 and <= MaxAmount && double.IsFinite(amount.Value);
}
