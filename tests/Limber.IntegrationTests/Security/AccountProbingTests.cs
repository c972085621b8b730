using System.Net;
using Limber.Features.Accounts;
using Limber.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Limber.IntegrationTests.Security;

/// <summary>
/// A stranger probing the forms cannot tell which addresses have accounts, by the words or by the
/// time an answer takes (the expensive part of both paths, hashing a password, is counted here
/// rather than timed), and cannot keep a member out by failing to sign in as them.
/// </summary>
public sealed class AccountProbingTests(AccountProbingTests.Factory app) : IClassFixture<AccountProbingTests.Factory>
{
    public sealed class Factory : AppFactory
    {
        public CountingHasher Hasher { get; } = new();

        protected override IEnumerable<KeyValuePair<string, string>> Settings =>
            [new("Limber:RateLimits:SignInPerMinute", "1000"), new("Limber:RateLimits:RegistrationsPerHour", "1000"), new("Limber:RateLimits:EmailRequestsPerHour", "1000")];

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<IPasswordHasher<AppUser>>(Hasher));
        }
    }

    /// <summary>Identity's own hasher, counting what it is asked to do.</summary>
    public sealed class CountingHasher : IPasswordHasher<AppUser>
    {
        private readonly PasswordHasher<AppUser> _inner = new();
        private int _work;

        public int Work => Volatile.Read(ref _work);

        public string HashPassword(AppUser user, string password)
        {
            Interlocked.Increment(ref _work);
            return _inner.HashPassword(user, password);
        }

        public PasswordVerificationResult VerifyHashedPassword(AppUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _work);
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }

    private const string Password = "correct horse battery";

    private async Task<(HttpResponseMessage Response, int Work)> MeasureAsync(Func<HttpClient, Task<HttpResponseMessage>> act)
    {
        var client = app.CreateClient(signedInAs: null);
        var before = app.Hasher.Work;
        var response = await act(client);
        return (response, app.Hasher.Work - before);
    }

    private static async Task<HttpResponseMessage> RegisterAsync(HttpClient client, string email)
    {
        var page = await client.GetDocumentAsync("/account/register");
        return await client.SubmitAsync(page.Form(), new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Prober",
            ["Input.Email"] = email,
            ["Input.Password"] = Password,
            ["Input.ConfirmPassword"] = Password,
        });
    }

    private static async Task<HttpResponseMessage> LogInAsync(HttpClient client, string email, string password)
    {
        var page = await client.GetDocumentAsync("/account/login");
        return await client.SubmitAsync(page.Form(), new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });
    }

    [Fact]
    public async Task Register_WithATakenEmail_AnswersAndWorksAsForANewOne_AndMailsLater()
    {
        var member = await app.GivenMemberAsync(Password);
        var fresh = $"new-{Guid.NewGuid():N}@example.com";

        var taken = await MeasureAsync(c => RegisterAsync(c, member.Email!));
        var created = await MeasureAsync(c => RegisterAsync(c, fresh));

        Assert.Equal((HttpStatusCode.Redirect, "/account/check-email"), (taken.Response.StatusCode, taken.Response.Location()));
        Assert.Equal((HttpStatusCode.Redirect, "/account/check-email"), (created.Response.StatusCode, created.Response.Location()));
        Assert.Equal(1, created.Work);
        Assert.Equal(created.Work, taken.Work);
        // Neither request waited for a mail server: both emails are queued, and go out from the outbox.
        Assert.Empty(app.MessagesTo(member.Email!));
        Assert.Empty(app.MessagesTo(fresh));
        await app.SendOutboxAsync();
        Assert.Single(app.MessagesTo(member.Email!));
        Assert.Single(app.MessagesTo(fresh));
    }

    [Fact]
    public async Task LogIn_UnknownEmail_ChecksAPasswordAndAnswersAsForAWrongPassword()
    {
        var member = await app.GivenMemberAsync(Password);

        var wrong = await MeasureAsync(c => LogInAsync(c, member.Email!, "not the password"));
        var unknown = await MeasureAsync(c => LogInAsync(c, $"nobody-{Guid.NewGuid():N}@example.com", "not the password"));

        Assert.Equal(1, wrong.Work);
        Assert.Equal(wrong.Work, unknown.Work);
        Assert.Equal((await Html.ParseAsync(wrong.Response)).Text(".form-errors"), (await Html.ParseAsync(unknown.Response)).Text(".form-errors"));
    }

    [Fact]
    public async Task Lockout_LooksLikeAnyFailure_AndAPasswordResetEndsIt()
    {
        var member = await app.GivenMemberAsync(Password);
        var nobody = $"nobody-{Guid.NewGuid():N}@example.com";
        var stranger = app.CreateClient(signedInAs: null);
        for (var i = 0; i < 5; i++)
        {
            await LogInAsync(stranger, member.Email!, "guess " + i);
            await LogInAsync(stranger, nobody, "guess " + i);
        }

        var locked = await MeasureAsync(c => LogInAsync(c, member.Email!, "guess 6"));
        var unknown = await MeasureAsync(c => LogInAsync(c, nobody, "guess 6"));
        Assert.Equal((await Html.ParseAsync(unknown.Response)).Text(".form-errors"), (await Html.ParseAsync(locked.Response)).Text(".form-errors"));
        Assert.Equal(unknown.Work, locked.Work);

        var owner = app.CreateClient(signedInAs: null);
        var forgot = await owner.GetDocumentAsync("/account/forgot-password");
        await owner.SubmitAsync(forgot.Form(), new Dictionary<string, string> { ["Email"] = member.Email! });
        await app.SendOutboxAsync();
        var reset = (await owner.GetDocumentAsync(Mailbox.LinkIn(app.SingleMessageTo(member.Email!, "Reset your password")))).Form();
        await owner.SubmitAsync(reset, new Dictionary<string, string> { ["Password"] = "a brand new passphrase", ["ConfirmPassword"] = "a brand new passphrase" });

        var signedIn = await LogInAsync(app.CreateClient(signedInAs: null), member.Email!, "a brand new passphrase");
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
    }
}
