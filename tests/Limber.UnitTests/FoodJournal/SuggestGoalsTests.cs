using Limber.Features.FoodJournal;

namespace Limber.UnitTests.FoodJournal;

public sealed class SuggestGoalsTests
{
    private static SuggestGoals.Suggestion Suggest(double kg, double cm, int age, BodySex sex, ActivityLevel activity, WeightGoal goal)
    {
        var result = SuggestGoals.Handle(new SuggestGoals.Input(kg, cm, age, sex, activity, goal));
        Assert.True(result.Succeeded);
        return result.Value;
    }

    [Fact]
    public void Maintain_IsMifflinStJeorTimesActivity_WithTheMacroSplit()
    {
        // Resting: 10 × 70 + 6.25 × 175 − 5 × 30 + 5 = 1,648.75 kcal; × 1.55 = 2,555.6 → 2,560.
        var s = Suggest(70, 175, 30, BodySex.Male, ActivityLevel.Moderate, WeightGoal.Maintain);

        Assert.Equal(2560, s.EnergyKcal);
        Assert.Equal(84, s.Protein); // 1.2 g/kg
        Assert.Equal(85, s.Fat); // 30 % of 2,560 kcal / 9
        Assert.Equal(Math.Round((2560 - (84 * 4) - (85 * 9)) / 4.0), s.Carbohydrate);
        Assert.Equal(36, s.Fibre); // 14 g per 1,000 kcal
    }

    [Fact]
    public void Women_Subtract161_AndLosingTakes500_ButNotBelowTheFloor()
    {
        // Resting: 600 + 1,000 − 200 − 161 = 1,239; × 1.2 = 1,486.8; − 500 = 986.8, raised to 1,200.
        var lose = Suggest(60, 160, 40, BodySex.Female, ActivityLevel.Sedentary, WeightGoal.Lose);
        Assert.Equal(1200, lose.EnergyKcal);
        Assert.Equal(96, lose.Protein); // 1.6 g/kg when losing

        var gain = Suggest(60, 160, 40, BodySex.Female, ActivityLevel.Sedentary, WeightGoal.Gain);
        Assert.Equal(1790, gain.EnergyKcal); // 1,486.8 + 300, to the nearest 10
        Assert.Equal(96, gain.Protein);
    }

    [Fact]
    public void Carbohydrate_IsNeverNegative()
    {
        // 1,230 kcal for 135 kg: 216 g of protein (864 kcal) and 41 g of fat (369 kcal) leave nothing.
        var s = Suggest(135, 120, 100, BodySex.Female, ActivityLevel.Sedentary, WeightGoal.Lose);

        Assert.Equal(0, s.Carbohydrate);
    }

    [Fact]
    public void OutOfRange_SaysWhatToFix_FieldByField()
    {
        var result = SuggestGoals.Handle(new SuggestGoals.Input(20, 300, 12, null, (ActivityLevel)9, WeightGoal.Gain));

        Assert.False(result.Succeeded);
        Assert.Equal(["Activity", "Age", "HeightCm", "Sex", "WeightKg"], result.Errors.Keys.Order());
        Assert.Equal(SuggestGoals.Messages.Age, result.Errors["Age"]);
    }
}
