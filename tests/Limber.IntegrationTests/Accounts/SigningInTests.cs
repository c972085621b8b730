using System.Net;
using Limber.Features.Accounts;
using Limber.IntegrationTests.Infrastructure;

namespace Limber.IntegrationTests.Accounts;

/// <summary>The real sign-in form and Identity cookie (no test authentication here).</summary>
public sealed class SigningInTests(SigningInTests.Factory app) : IClassFixture<SigningInTests.Factory>
{
    /// <summary>These tests sign in more often than the per-address limit allows in a minute; the limit has its own test.</summary>
    public sealed class Factory : AppFactory
    {
        protected override IEnumerable<KeyValuePair<string, string>> Settings => [new("Limber:RateLimits:SignInPerMinute", "1000")];
    }

    private const string Password = "correct horse battery";

    private static async Task<HttpResponseMessage> LogInAsync(HttpClient client, string email, string password, string returnUrl = "")
    {
        var page = await client.GetDocumentAsync("/account/login" + (returnUrl.Length > 0 ? "?returnUrl=" + Uri.EscapeDataString(returnUrl) : ""));
        return await client.SubmitAsync(page.Form(), new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
    }

    [Fact]
    public async Task LogIn_RightPassword_SignsInAndReturnsToThePageAsked()
    {
        var editor = await app.GivenUserAsync(Roles.Editor, Password, name: "Erin Editor");
        var client = app.CreateClient(signedInAs: null);

        var response = await LogInAsync(client, editor.Email!, Password, returnUrl: "/admin");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin", response.Location());
        var admin = await client.GetDocumentAsync("/admin");
        Assert.Equal("Erin Editor", admin.Text(".who"));
    }

    [Fact]
    public async Task LogIn_WrongPassword_SaysSoAndKeepsTheEmail()
    {
        var member = await app.GivenUserAsync(Roles.Member, Password);
        var client = app.CreateClient(signedInAs: null);

        var response = await LogInAsync(client, member.Email!, "not the password");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Contains(LoginModel.Messages.Invalid, page.Text(".form-errors"));
        Assert.Equal(member.Email, page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_Email")!.Value);
        Assert.Equal("", page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_Password")!.Value);
    }

    [Fact]
    public async Task LogIn_OffSiteReturnUrl_GoesHomeInstead()
    {
        var member = await app.GivenUserAsync(Roles.Member, Password);

        var response = await LogInAsync(app.CreateClient(signedInAs: null), member.Email!, Password, returnUrl: "https://evil.example/");

        Assert.Equal("/", response.Location());
    }

    [Fact]
    public async Task LogIn_MalformedEmail_IsAFieldError()
    {
        var response = await LogInAsync(app.CreateClient(signedInAs: null), "not-an-email", "x");

        Assert.Equal("Enter an email address like name@example.com.", (await Html.ParseAsync(response)).FieldError("Input.Email"));
    }

    [Fact]
    public async Task LogIn_FiveWrongPasswords_LocksTheAccount()
    {
        var member = await app.GivenUserAsync(Roles.Member, Password);
        var client = app.CreateClient(signedInAs: null);
        for (var i = 0; i < 5; i++)
        {
            await LogInAsync(client, member.Email!, "wrong");
        }

        var response = await LogInAsync(client, member.Email!, Password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode); // not signed in: the account is paused
        Assert.Contains(LoginModel.Messages.Invalid, (await Html.ParseAsync(response)).Text(".form-errors"));
    }

    [Fact]
    public async Task LogOut_IsAPostThatEndsTheSession()
    {
        var member = await app.GivenUserAsync(Roles.Member, Password, name: "Mo Member");
        var client = app.CreateClient(signedInAs: null);
        await LogInAsync(client, member.Email!, Password);
        var home = await client.GetDocumentAsync("/");
        Assert.Equal("Mo Member", home.Text(".who"));

        var response = await client.SubmitAsync(home.Form("form[action='/account/logout']"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Null((await client.GetDocumentAsync("/")).QuerySelector(".who"));
    }

    [Fact]
    public async Task LogOut_ACopyOfTheCookieTakenBefore_NoLongerWorks_AndOtherSessionsStay()
    {
        var member = await app.GivenUserAsync(Roles.Member, Password, name: "Copy Cat");
        var laptop = app.CreateClient(signedInAs: null);
        var phone = app.CreateClient(signedInAs: null);
        var copied = AuthCookie(await LogInAsync(laptop, member.Email!, Password));
        await LogInAsync(phone, member.Email!, Password);
        Assert.Equal(HttpStatusCode.OK, (await WithCookieAsync(copied, "/account/profile")).StatusCode);

        var home = await laptop.GetDocumentAsync("/");
        await laptop.SubmitAsync(home.Form("form[action='/account/logout']"));

        var replayed = await WithCookieAsync(copied, "/account/profile");
        Assert.Equal(HttpStatusCode.Redirect, replayed.StatusCode);
        Assert.Contains("/account/login", replayed.Location());
        Assert.Equal(HttpStatusCode.OK, (await phone.GetAsync("/account/profile")).StatusCode);

        // A minute later the cookie is checked against the security stamp again (and refreshed): still ended.
        app.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(HttpStatusCode.Redirect, (await WithCookieAsync(copied, "/account/profile")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await phone.GetAsync("/account/profile")).StatusCode);
    }

    private static string AuthCookie(HttpResponseMessage signedIn) =>
        signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("limber.auth=")).Split(';')[0];

    /// <summary>A request from somewhere else that carries only the copied cookie.</summary>
    private async Task<HttpResponseMessage> WithCookieAsync(string cookie, string path)
    {
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookie);
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task LogIn_WithoutAntiforgeryToken_IsRejected()
    {
        var response = await app.CreateClient(signedInAs: null).PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = "a@example.com",
            ["Input.Password"] = "x",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}

/// <summary>Its own app, so the limit's window is not shared with the other sign-in tests.</summary>
public sealed class SignInRateLimitTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task LogIn_TooManyAttemptsFromOneAddress_Is429WithAFriendlyPage()
    {
        var client = app.CreateClient(signedInAs: null);
        var form = (await client.GetDocumentAsync("/account/login")).Form();
        HttpResponseMessage? last = null;
        for (var i = 0; i <= new Limber.Infrastructure.Security.RateLimitOptions().SignInPerMinute; i++)
        {
            last = await client.SubmitAsync(form, new Dictionary<string, string> { ["Input.Email"] = $"nobody{i}@example.com", ["Input.Password"] = "x" });
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, last!.StatusCode);
        Assert.Equal("Slow down a little", (await Html.ParseAsync(last)).Text("h1"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/login")).StatusCode);
    }
}
