using System.Net;
using System.Security.Cryptography;
using Limber.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Limber.IntegrationTests.Accounts;

public sealed class TwoFactorTests(SigningInTests.Factory app) : IClassFixture<SigningInTests.Factory>
{
    private const string Password = "staff member passphrase";

    /// <summary>RFC 6238 TOTP (SHA-1, 30 s, 6 digits), as an authenticator app computes it.</summary>
    private static string Totp(string base32Key, DateTimeOffset at)
    {
        var key = Base32(base32Key.Replace(" ", "").ToUpperInvariant());
        var counter = BitConverter.GetBytes(at.ToUnixTimeSeconds() / 30);
        if (BitConverter.IsLittleEndian)
        {
            Array.Reverse(counter);
        }
#pragma warning disable CA5350 // RFC 6238 authenticator apps use HMAC-SHA1.
        var hash = HMACSHA1.HashData(key, counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0F;
        var code = ((hash[offset] & 0x7F) << 24 | hash[offset + 1] << 16 | hash[offset + 2] << 8 | hash[offset + 3]) % 1_000_000;
        return code.ToString("D6");
    }

    private static byte[] Base32(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in text.TrimEnd('='))
        {
            buffer = (buffer << 5) | alphabet.IndexOf(c);
            bits += 5;
            if (bits >= 8)
            {
                bytes.Add((byte)(buffer >> (bits - 8)));
                bits -= 8;
            }
        }
        return [.. bytes];
    }

    [Fact]
    public async Task TwoFactor_Enabled_LoginAsksForTheCodeAndAcceptsIt()
    {
        var editor = await app.GivenUserAsync(Limber.Features.Accounts.Roles.Editor, Password);
        var client = app.CreateClient(signedInAs: null);
        var login = await client.GetDocumentAsync("/account/login");
        await client.SubmitAsync(login.Form(), new Dictionary<string, string> { ["Input.Email"] = editor.Email!, ["Input.Password"] = Password });

        var setup = await client.GetDocumentAsync("/account/two-factor");
        var key = setup.Text("[data-test=shared-key]");
        var wrong = await client.SubmitAsync(setup.Form(), new Dictionary<string, string> { ["Code"] = "000000" });
        Assert.NotNull((await Html.ParseAsync(wrong)).FieldError("Code"));
        var enabled = await client.SubmitAsync(setup.Form(), new Dictionary<string, string> { ["Code"] = Totp(key, TimeProvider.System.GetUtcNow()) });
        var recovery = (await Html.ParseAsync(enabled)).QuerySelectorAll("[data-test=recovery-codes] code").Select(c => c.TextContent).ToList();
        Assert.Equal(8, recovery.Count);

        var fresh = app.CreateClient(signedInAs: null);
        var again = await fresh.GetDocumentAsync("/account/login?returnUrl=%2Fadmin");
        var first = await fresh.SubmitAsync(again.Form(), new Dictionary<string, string> { ["Input.Email"] = editor.Email!, ["Input.Password"] = Password });
        Assert.StartsWith("/account/login-2fa", first.Location());
        Assert.Equal(HttpStatusCode.Redirect, (await fresh.GetAsync("/admin")).StatusCode);

        // Identity's TOTP check reads the real clock and accepts neighbouring 30 s steps; use the next one.
        var codePage = await fresh.GetDocumentAsync(first.Location()!);
        var second = await fresh.SubmitAsync(codePage.Form(), new Dictionary<string, string> { ["Code"] = Totp(key, TimeProvider.System.GetUtcNow().AddSeconds(30)) });
        Assert.Equal("/admin", second.Location());
        Assert.Equal(HttpStatusCode.OK, (await fresh.GetAsync("/admin")).StatusCode);

        var third = app.CreateClient(signedInAs: null);
        var loginAgain = await third.GetDocumentAsync("/account/login");
        var step = await third.SubmitAsync(loginAgain.Form(), new Dictionary<string, string> { ["Input.Email"] = editor.Email!, ["Input.Password"] = Password });
        var recoveryPage = await third.GetDocumentAsync(step.Location()!);
        var withRecovery = await third.SubmitAsync(recoveryPage.Form(), new Dictionary<string, string> { ["Code"] = recovery[0] });
        Assert.Equal("/", withRecovery.Location());
    }

    [Fact]
    public async Task Open_TwoFactorPage_ChangesNothingAndShowsAQrCode()
    {
        var member = await app.GivenMemberAsync(password: Password);
        var stampBefore = await app.WithDbAsync(db => db.Users.Where(u => u.Id == member.Id).Select(u => u.SecurityStamp).SingleAsync());
        var client = app.CreateClient(member);

        var page = await client.GetDocumentAsync("/account/two-factor");
        await client.GetDocumentAsync("/account/two-factor");

        var (stampAfter, tokens) = await app.WithDbAsync(async db => (
            await db.Users.Where(u => u.Id == member.Id).Select(u => u.SecurityStamp).SingleAsync(),
            await db.UserTokens.CountAsync(t => t.UserId == member.Id)));
        Assert.Equal(stampBefore, stampAfter);
        Assert.Equal(0, tokens);
        var qr = page.QuerySelector("img[data-test=qr-code]")!;
        Assert.StartsWith("data:image/svg+xml;base64,", qr.GetAttribute("src"));
        Assert.Contains("QR code", qr.GetAttribute("alt"));
    }

    [Fact]
    public async Task Enable_WithATamperedPendingKey_AsksToStartAgain()
    {
        var member = await app.GivenMemberAsync(password: Password);
        var client = app.CreateClient(member);
        var setup = await client.GetDocumentAsync("/account/two-factor");
        var key = setup.Text("[data-test=shared-key]");

        var response = await client.SubmitAsync(setup.Form(), new Dictionary<string, string>
        {
            ["Code"] = Totp(key, TimeProvider.System.GetUtcNow()),
            ["PendingKey"] = "not-a-protected-key",
        });

        Assert.Contains("expired", (await Html.ParseAsync(response)).FieldError("Code"));
        Assert.False(await app.WithDbAsync(db => db.Users.Where(u => u.Id == member.Id).Select(u => u.TwoFactorEnabled).SingleAsync()));
    }
}
