using Limber.Features.Accounts;
using Limber.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Limber.IntegrationTests.Schedules;

/// <summary>
/// The morning reminder: at the member's hour on their clock, on workout days only, once a day however
/// many nodes look, with a one-click unsubscribe. The clock only moves forward in this class.
/// </summary>
public sealed class ScheduleRemindersTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Reminder_ComesAtTheMembersHour_OnceADay_WithTheWorkoutAndAOneClickUnsubscribe()
    {
        // 09:00 UTC on the app clock is 04:00 in New York: a 6 o'clock reminder is due in two hours.
        var member = await app.GivenMemberAsync();
        await app.SetTimeZoneAsync(member, "America/New_York");
        var workout = await app.GivenWorkoutAsync(title: "Reminder robin core", workSeconds: 290, rounds: 2);
        var newYorkToday = DateOnly.FromDateTime(app.Now.AddHours(-5));
        await app.GivenEnrolmentAsync(member, await app.GivenScheduleAsync(workout, workoutDays: [1, 2, 3, 4, 5, 6, 7]), newYorkToday, reminderHour: 6);

        await app.QueueRemindersAsync();
        await app.SendOutboxAsync();
        Assert.Empty(app.MessagesTo(member.Email!));
        app.Clock.Advance(TimeSpan.FromHours(2));
        await app.QueueRemindersAsync();
        await app.QueueRemindersAsync();
        await app.SendOutboxAsync();

        var mail = Assert.Single(app.MessagesTo(member.Email!));
        Assert.Equal("Today: Reminder robin core, 10 min", mail.Subject);
        Assert.Contains($"/workouts/{workout.Slug}", mail.TextBody);
        Assert.Contains("/me/schedule", mail.TextBody);
        Assert.Equal("List-Unsubscribe=One-Click", mail.Headers["List-Unsubscribe-Post"]);
        var unsubscribe = new Uri(mail.Headers["List-Unsubscribe"]!.Trim('<', '>'));

        // The next workout day brings the next one; a mail client's one-click POST (no cookie, no antiforgery token) stops them.
        app.Clock.Advance(TimeSpan.FromDays(1));
        await app.QueueRemindersAsync();
        await app.SendOutboxAsync();
        Assert.Equal(2, app.MessagesTo(member.Email!).Count);
        var stopped = await app.CreateClient(signedInAs: null).PostAsync(unsubscribe.PathAndQuery, new FormUrlEncodedContent([]));
        Assert.True(stopped.IsSuccessStatusCode, $"{(int)stopped.StatusCode}");
        Assert.Null(await app.WithDbAsync(db => db.SchedulePreferences.Where(p => p.MemberId == member.Id).Select(p => p.ReminderHour).SingleAsync()));
        app.Clock.Advance(TimeSpan.FromDays(1));
        await app.QueueRemindersAsync();
        await app.SendOutboxAsync();
        Assert.Equal(2, app.MessagesTo(member.Email!).Count);
        var forged = await app.CreateClient(signedInAs: null).PostAsync("/schedules/reminders/stop?token=forged", new FormUrlEncodedContent([]));
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, forged.StatusCode);
    }

    [Fact]
    public async Task NoReminder_OnRestDays_DoneDays_PausedPlans_OrAfterPremiumLapsed()
    {
        var resting = await app.GivenRemindedMemberAsync(workoutDays: []);
        var done = await app.GivenRemindedMemberAsync();
        await app.WithDbAsync(db => db.EnrolmentDays.Where(d => db.Enrolments.Any(e => e.Id == d.EnrolmentId && e.MemberId == done.Id))
            .ExecuteUpdateAsync(d => d.SetProperty(x => x.DoneAtUtc, app.Now)));
        var paused = await app.GivenRemindedMemberAsync();
        await app.WithDbAsync(async db =>
        {
            var enrolment = await db.Enrolments.Include(e => e.Days).SingleAsync(e => e.MemberId == paused.Id);
            Assert.True(enrolment.Pause(app.Today()).Succeeded);
            return await db.SaveChangesAsync();
        });
        var lapsed = await app.GivenRemindedMemberAsync(Visibility.Premium, premium: false);
        var premium = await app.GivenRemindedMemberAsync(Visibility.Premium, premium: true);

        await app.QueueRemindersAsync();
        await app.SendOutboxAsync();

        Assert.All(new[] { resting, done, paused, lapsed }, m => Assert.Empty(app.MessagesTo(m.Email!)));
        Assert.Single(app.MessagesTo(premium.Email!));
    }

    [Fact]
    public async Task TwoNodesLookingAtOnce_QueueEachDaysReminderExactlyOnce()
    {
        var members = new List<AppUser>();
        for (var i = 0; i < 40; i++)
        {
            members.Add(await app.GivenRemindedMemberAsync());
        }

        var queued = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(app.QueueRemindersAsync)));

        var emails = await app.QueuedEmailsAsync();
        Assert.All(members, m => Assert.Single(emails, p => p.Contains(m.Email!, StringComparison.Ordinal)));
        Assert.True(queued.Sum() >= members.Count, string.Join(", ", queued));
        await app.SendOutboxAsync();
    }
}
