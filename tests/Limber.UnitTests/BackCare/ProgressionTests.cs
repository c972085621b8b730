using Limber.Features.BackCare;

namespace Limber.UnitTests.BackCare;

public sealed class ProgressionTests
{
    private static readonly BackCareSettings Settings = new() { MaxAngleDegrees = 40, MaxMinutes = 5 };

    private static InversionSession Session(int angle, int minutes, int? before = 4, int? after = 3, Device device = Device.Table) =>
        new() { Device = device, AngleDegrees = angle, Minutes = minutes, PainBefore = before, PainAfter = after };

    [Fact]
    public void FirstSession_IsTwoMinutesAtTwentyDegrees()
    {
        var next = Progression.Next([], Settings);

        Assert.Equal((20, 2), (next.AngleDegrees, next.Minutes));
    }

    [Fact]
    public void ThreeComfortableSessionsInARow_AddFiveDegreesAndAMinute()
    {
        var next = Progression.Next([Session(20, 2), Session(20, 2), Session(20, 2)], Settings);

        Assert.Equal((25, 3), (next.AngleDegrees, next.Minutes));
    }

    [Theory]
    [InlineData(null, 3)] // no score before: not known to be comfortable
    [InlineData(4, 4)]    // the same pain after counts as comfortable
    public void TwoComfortableThenOneUnknownOrEqual(int? before, int after)
    {
        var next = Progression.Next([Session(20, 2, before, after), Session(20, 2), Session(20, 2)], Settings);

        Assert.Equal(before is null ? (20, 2) : (25, 3), (next.AngleDegrees, next.Minutes));
    }

    [Fact]
    public void NeverPastTheCreatorsMaximum()
    {
        var next = Progression.Next([Session(40, 5), Session(40, 5), Session(40, 5)], Settings);

        Assert.Equal((40, 5), (next.AngleDegrees, next.Minutes));
        Assert.Contains("the most this site suggests", next.Why);
        Assert.Equal((40, 5), (Progression.Next([Session(80, 30)], Settings).AngleDegrees, Progression.Next([Session(80, 30)], Settings).Minutes));
    }

    [Fact]
    public void AfterASessionThatHurtMore_NoIncrease_AStepBack()
    {
        var next = Progression.Next([Session(30, 4, before: 2, after: 5), Session(30, 4), Session(30, 4), Session(30, 4)], Settings);

        Assert.Equal((25, 3), (next.AngleDegrees, next.Minutes));
    }

    [Fact]
    public void BootsAndOtherDevices_DoNotCountTowardsTheProgression()
    {
        var next = Progression.Next([Session(90, 5, device: Device.Boots), Session(20, 2), Session(20, 2)], Settings);

        Assert.Equal((20, 2), (next.AngleDegrees, next.Minutes));
    }

    [Fact]
    public void BootsAreOffered_AfterSixtyDegreesOnATableOrChair()
    {
        Assert.False(Progression.BootsOffered([Session(55, 3), Session(70, 3, device: Device.Other)]));
        Assert.True(Progression.BootsOffered([Session(60, 3, device: Device.Chair)]));
    }

    [Fact]
    public void Steps_SettleIn_Hold_ThenRestUpright_InvertedMinutesAddUp()
    {
        var steps = new Suggestion(30, 3, "").Steps();

        Assert.Equal([("Settle in", 20, 60), ("Hold and breathe", 30, 120), ("Come up slowly and rest upright", 0, 60)],
            steps.Select(s => (s.Label, s.AngleDegrees, s.Seconds)));
        Assert.Equal(180, steps.Where(s => s.AngleDegrees > 0).Sum(s => s.Seconds));
    }
}
