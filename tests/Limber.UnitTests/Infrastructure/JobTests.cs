using Limber.Infrastructure.Jobs;

namespace Limber.UnitTests.Infrastructure;

public sealed class JobTests
{
    private static readonly DateTime Now = new(2026, 1, 15, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void RetryDelay_DoublesFromThirtySeconds_UpToAnHour() =>
        Assert.Equal([30, 60, 120, 240, 480, 960, 1920, 3600, 3600, 3600],
            new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 60 }.Select(attempts => (int)Job.RetryDelay(attempts).TotalSeconds));

    [Fact]
    public void Retry_ADeadJob_GivesItAllItsTriesAgainFromNow()
    {
        var job = new Job { State = JobState.Failed, Attempts = 12, MaxAttempts = 12, RunAfterUtc = Now.AddDays(-1), FinishedAtUtc = Now.AddHours(-1), LastError = "refused" };

        Assert.True(job.Retry(Now));

        Assert.Equal((JobState.Queued, 0, Now, null, "refused"), (job.State, job.Attempts, job.RunAfterUtc, job.FinishedAtUtc, job.LastError));
    }

    [Theory]
    [InlineData(JobState.Queued)]
    [InlineData(JobState.Running)]
    [InlineData(JobState.Succeeded)]
    public void Retry_AJobThatIsNotDead_ChangesNothing(JobState state)
    {
        var job = new Job { State = state, Attempts = 1, RunAfterUtc = Now.AddDays(-1) };

        Assert.False(job.Retry(Now));

        Assert.Equal((state, 1, Now.AddDays(-1)), (job.State, job.Attempts, job.RunAfterUtc));
    }

    [Fact]
    public void Truncate_KeepsTheFirstTwoThousandCharacters() =>
        Assert.Equal(Job.ErrorMaxLength, Job.Truncate(new string('x', 5000)).Length);
}
