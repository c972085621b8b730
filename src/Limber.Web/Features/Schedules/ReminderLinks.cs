using Limber.Infrastructure.Security;
using Microsoft.AspNetCore.DataProtection;

namespace Limber.Features.Schedules;

/// <summary>Tokens for the one-click link that stops schedule reminders (a reply email's token does not work here).</summary>
public sealed class ReminderLinks(IDataProtectionProvider protection) : MemberTokens(protection, "Limber.Unsubscribe.ScheduleReminders.v1");
