using Limber.IntegrationTests.Infrastructure;

namespace Limber.IntegrationTests.Schedules;

/// <summary>Reminders across daylight-saving changes (its own class: it moves the clock months ahead).</summary>
public sealed class ReminderDaylightSavingTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task ReminderHour_IsOnTheMembersClock_AcrossDaylightSavingChanges()
    {
        // In date order (the clock only moves forward): the hour in UTC changes with the member's offset.
        (string Zone, DateTime DueUtc)[] cases =
        [
            ("America/New_York", new(2026, 3, 7, 12, 0, 0, DateTimeKind.Utc)),  // EST, UTC-5
            ("America/New_York", new(2026, 3, 9, 11, 0, 0, DateTimeKind.Utc)),  // EDT, UTC-4
            ("Europe/Paris", new(2026, 3, 28, 6, 0, 0, DateTimeKind.Utc)),      // CET, UTC+1
            ("Europe/Paris", new(2026, 3, 30, 5, 0, 0, DateTimeKind.Utc)),      // CEST, UTC+2
            ("Europe/Paris", new(2026, 10, 24, 5, 0, 0, DateTimeKind.Utc)),     // CEST
            ("Europe/Paris", new(2026, 10, 26, 6, 0, 0, DateTimeKind.Utc)),     // CET again
        ];
        foreach (var (zone, dueUtc) in cases)
        {
            app.Clock.SetUtcNow(dueUtc.AddMinutes(-1));
            var member = await app.GivenRemindedMemberAsync(zone: zone, start: DateOnly.FromDateTime(dueUtc).AddDays(-3));
            await app.QueueRemindersAsync();
            Assert.DoesNotContain(await app.QueuedEmailsAsync(), p => p.Contains(member.Email!, StringComparison.Ordinal));

            app.Clock.SetUtcNow(dueUtc);
            await app.QueueRemindersAsync();

            Assert.Single(await app.QueuedEmailsAsync(), p => p.Contains(member.Email!, StringComparison.Ordinal));
            await app.SendOutboxAsync();
        }
    }
}
