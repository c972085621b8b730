using System.Net;
using Limber.Features.Accounts;
using Limber.Infrastructure;
using Limber.Infrastructure.Email;
using Limber.Infrastructure.Jobs;
using Limber.Infrastructure.Web;
using Microsoft.Extensions.Options;

namespace Limber.Features.Memberships;

/// <summary>Welcome, payment failed and membership ending: queued as jobs with the change that causes them.</summary>
public sealed class MembershipEmails(JobQueue jobs, SiteUrls urls, IOptions<LimberOptions> site)
{
    public void Welcome(AppUser member, Membership membership) => Queue(member,
        $"Welcome to {site.Value.SiteName} Premium",
        $"Thank you for joining Premium, {member.DisplayName}! Premium workouts, recipes, schedules and the food journal are open to you. Your membership renews on {membership.CurrentPeriodEndUtc:d MMMM yyyy}.",
        "Start reading", "/");

    public void PaymentFailed(AppUser member) => Queue(member,
        "Your Premium payment didn’t go through",
        "We couldn’t take your latest Premium payment. Your access continues for a few days while you update your card.",
        "Update my card", "/account/membership");

    public void Ending(AppUser member, Membership membership) => Queue(member,
        "Your Premium membership is ending",
        $"Your Premium membership is canceled and ends on {membership.CurrentPeriodEndUtc:d MMMM yyyy}; until then everything stays open to you. Changed your mind? You can resume it any time before that date.",
        "Manage my membership", "/account/membership");

    private void Queue(AppUser member, string subject, string text, string action, string path)
    {
        var link = urls.Absolute(path);
        var name = site.Value.SiteName;
        jobs.Enqueue(EmailJob.Kind, new EmailMessage(member.Email!, member.DisplayName, subject,
            $"{text}\n\n{action}: {link}\n\n— {name}\n",
            $"""
            <!DOCTYPE html><html><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#1c1917">
            <p>{WebUtility.HtmlEncode(text)}</p>
            <p><a href="{WebUtility.HtmlEncode(link)}" style="display:inline-block;background:#0f766e;color:#fff;padding:10px 18px;border-radius:999px;text-decoration:none;font-weight:600">{WebUtility.HtmlEncode(action)}</a></p>
            <p>— {WebUtility.HtmlEncode(name)}</p>
            </body></html>
            """));
    }
}
