using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Limber.Features.Accounts;
using Limber.Infrastructure;
using Limber.Infrastructure.Data;
using Limber.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Limber.Features.Schedules;

/// <summary>
/// <c>/me/schedule.ics?token=…</c>: the member's current schedule as an iCalendar feed (RFC 5545, by
/// Ical.Net) that calendar apps subscribe to. One all-day event per workout day, on the member's date
/// (an all-day event has no time zone to get wrong), with the workouts, minutes and a link; a pause or
/// a shift moves the events at the app's next refresh. The token is the only credential: a wrong or
/// reset one answers 404, exactly like a feed that never existed.
/// </summary>
public static class ScheduleCalendar
{
    public static void MapScheduleCalendar(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/me/schedule.ics", FeedAsync).WithName("MyScheduleCalendar").ExcludeFromDescription();

    private static async Task<IResult> FeedAsync(string? token, AppDbContext db, MyScheduleViews views, MemberDates dates, SiteUrls urls,
        IOptions<LimberOptions> site, CancellationToken cancellationToken)
    {
        if (token is not { Length: SchedulePreferences.TokenLength })
        {
            return TypedResults.NotFound();
        }
        var memberId = await db.SchedulePreferences.Where(p => p.CalendarToken == token).Select(p => (Guid?)p.MemberId).SingleOrDefaultAsync(cancellationToken);
        if (memberId is null)
        {
            return TypedResults.NotFound();
        }
        var calendar = new Calendar { ProductId = $"-//{site.Value.SiteName}//Schedules//EN" };
        calendar.AddProperty("X-WR-CALNAME", $"{site.Value.SiteName}: my schedule");
        calendar.AddProperty("REFRESH-INTERVAL;VALUE=DURATION", "PT6H");
        var enrolment = await db.Enrolments.AsNoTracking().CurrentOfAsync(memberId.Value, cancellationToken);
        if (enrolment is not null)
        {
            // Access does not matter here: titles and minutes are the outline every reader sees.
            var view = await views.ViewAsync(enrolment, await dates.TodayAsync(memberId.Value, cancellationToken), canFollow: true, cancellationToken);
            var link = urls.Absolute("/me/schedule");
            foreach (var day in view.Days.Where(d => !d.Day.IsRest))
            {
                var start = new CalDateTime(day.Day.Date.Year, day.Day.Date.Month, day.Day.Date.Day);
                calendar.Events.Add(new CalendarEvent
                {
                    Uid = $"{day.Day.Id}@limber",
                    Summary = day.Headline,
                    Description = string.Join("\n", day.Workouts.Select(w => w.Workout is { } workout
                        ? $"{workout.Title} ({workout.Minutes} min): {urls.Absolute(workout.Path)}" : "A workout no longer available"))
                        + (day.Day.Note is { } note ? $"\n\n{note}" : "") + $"\n\n{enrolment.Title}, week {day.Day.Week}: {link}",
                    Url = new Uri(link),
                    DtStart = start,
                    DtEnd = start.AddDays(1),
                    Transparency = TransparencyType.Transparent,
                });
            }
        }
        var text = new CalendarSerializer().SerializeToString(calendar) ?? "";
        return TypedResults.Text(text, "text/calendar; charset=utf-8");
    }
}
