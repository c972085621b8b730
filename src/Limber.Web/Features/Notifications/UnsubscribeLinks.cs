using Limber.Infrastructure.Security;
using Microsoft.AspNetCore.DataProtection;

namespace Limber.Features.Notifications;

/// <summary>Tokens for the one-click link that stops reply emails (the purpose string is in links already sent: never change it).</summary>
public sealed class UnsubscribeLinks(IDataProtectionProvider protection) : MemberTokens(protection, "Limber.Unsubscribe.ReplyEmails.v1");
