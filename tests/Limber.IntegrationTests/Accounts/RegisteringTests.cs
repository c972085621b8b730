using System.Net;
using Limber.Features.Accounts;
using Limber.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Limber.IntegrationTests.Accounts;

public sealed class RegisteringTests(RegisteringTests.Factory app) : IClassFixture<RegisteringTests.Factory>
{
    public sealed class Factory : AppFactory
    {
        protected override IEnumerable<KeyValuePair<string, string>> Settings => [new("Limber:RateLimits:RegistrationsPerHour", "1000")];
    }

    public const string Password = "a fine long passphrase";

    private static string NewEmail() => $"reader-{Guid.NewGuid():N}@example.com";

    private async Task<HttpResponseMessage> RegisterAsync(HttpClient client, string? name, string? email, string? password, string? confirm, string? website = null)
    {
        var page = await client.GetDocumentAsync("/account/register");
        var values = new Dictionary<string, string>
        {
            ["Input.DisplayName"] = name ?? "",
            ["Input.Email"] = email ?? "",
            ["Input.Password"] = password ?? "",
            ["Input.ConfirmPassword"] = confirm ?? "",
        };
        if (website is not null)
        {
            values["Website"] = website;
        }
        return await client.SubmitAsync(page.Form(), values);
    }

    [Fact]
    public async Task RegisterPage_HasTheNamedFieldsAndTheRequiredNote()
    {
        var page = await app.CreateClient(signedInAs: null).GetDocumentAsync("/account/register");

        Assert.Contains("All fields are required.", page.Text("main form"));
        foreach (var label in new[] { "Display name", "Email", "Password", "Confirm password" })
        {
            Assert.Contains(page.QuerySelectorAll("label"), l => l.TextContent.Trim() == label);
        }
        Assert.NotNull(page.Form().Button("Register"));
    }

    [Fact]
    public async Task Register_ValidForm_CreatesAnUnconfirmedMemberAndEmailsALink()
    {
        var email = NewEmail();
        var client = app.CreateClient(signedInAs: null);

        var response = await RegisterAsync(client, "Jo Reader", email, Password, Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var check = await client.GetDocumentAsync(response.Location()!);
        Assert.Contains(email, check.Text("main"));
        await app.SendOutboxAsync(); // account mail is queued, then sent
        var mail = app.SingleMessageTo(email, "Confirm your email");
        Assert.Equal("Limber", mail.From.Mailboxes.Single().Name);
        Assert.NotNull(mail.HtmlBody);
        Assert.StartsWith("/account/confirm-email?userId=", Mailbox.LinkIn(mail));
        var (confirmed, roles) = await MemberAsync(email);
        Assert.False(confirmed);
        Assert.Equal([Roles.Member], roles);
    }

    [Fact]
    public async Task Confirm_LinkFromTheEmail_ConfirmsTheAddress()
    {
        var email = NewEmail();
        var client = app.CreateClient(signedInAs: null);
        await RegisterAsync(client, "Jo Reader", email, Password, Password);

        await app.SendOutboxAsync(); // account mail is queued, then sent
        var page = await client.GetDocumentAsync(Mailbox.LinkIn(app.SingleMessageTo(email, "Confirm your email")));

        Assert.Equal("Your email is confirmed", page.Text("h1"));
        Assert.True((await MemberAsync(email)).Confirmed);
    }

    [Theory]
    [InlineData("?userId=00000000-0000-0000-0000-000000000000&code=abc")]
    [InlineData("?userId=not-a-guid&code=%%%")]
    [InlineData("?code=onlycode")]
    public async Task Confirm_BadLink_SaysItDoesNotWork(string query)
    {
        var page = await app.CreateClient(signedInAs: null).GetDocumentAsync("/account/confirm-email" + query);

        Assert.Equal("This link doesn’t work", page.Text("h1"));
    }

    [Fact]
    public async Task Register_NothingFilledIn_SaysWhatEachFieldNeeds()
    {
        var response = await RegisterAsync(app.CreateClient(signedInAs: null), "", "", "", "");

        var page = await Html.ParseAsync(response);
        Assert.Equal(RegisterMember.Messages.DisplayNameRequired, page.FieldError("Input.DisplayName"));
        Assert.Equal(RegisterMember.Messages.EmailRequired, page.FieldError("Input.Email"));
        Assert.Equal(RegisterMember.Messages.PasswordRequired, page.FieldError("Input.Password"));
        Assert.Equal(RegisterMember.Messages.ConfirmRequired, page.FieldError("Input.ConfirmPassword"));
    }

    [Theory]
    [InlineData("not-an-email", Password, Password, "Input.Email", RegisterMember.Messages.EmailInvalid)]
    [InlineData("a@b", Password, Password, "Input.Email", RegisterMember.Messages.EmailInvalid)]
    [InlineData(null, "short", "short", "Input.Password", "Passwords must be at least 10 characters.")]
    [InlineData(null, Password, "something else entirely", "Input.ConfirmPassword", RegisterMember.Messages.Mismatch)]
    public async Task Register_OneFieldWrong_SaysSoKeepsTheRestAndNeverEchoesPasswords(string? email, string password, string confirm, string field, string message)
    {
        var typedEmail = email ?? NewEmail();

        var response = await RegisterAsync(app.CreateClient(signedInAs: null), "Zoë 💪 Keeps", typedEmail, password, confirm);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal(message, page.FieldError(field));
        Assert.Equal("Zoë 💪 Keeps", page.QuerySelector<IHtmlInputElement>("#Input_DisplayName")!.Value);
        Assert.Equal(typedEmail, page.QuerySelector<IHtmlInputElement>("#Input_Email")!.Value);
        Assert.Equal("", page.QuerySelector<IHtmlInputElement>("#Input_Password")!.Value);
        Assert.Equal("", page.QuerySelector<IHtmlInputElement>("#Input_ConfirmPassword")!.Value);
        await app.SendOutboxAsync(); // account mail is queued, then sent
        Assert.Empty(app.MessagesTo(typedEmail));
    }

    [Fact]
    public async Task Register_TakenEmail_AnswersLikeANewOneAndTellsTheOwner()
    {
        var owner = await app.GivenMemberAsync();
        var client = app.CreateClient(signedInAs: null);

        var response = await RegisterAsync(client, "Impostor", owner.Email, Password, Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/check-email", response.Location());
        await app.SendOutboxAsync(); // account mail is queued, then sent
        app.SingleMessageTo(owner.Email!, "You already have a Limber account");
        Assert.Equal(1, await app.WithDbAsync(db => db.Users.CountAsync(u => u.Email == owner.Email)));
    }

    [Fact]
    public async Task Register_HoneypotFilled_CreatesNothing()
    {
        var email = NewEmail();

        var response = await RegisterAsync(app.CreateClient(signedInAs: null), "Bot", email, Password, Password, website: "http://spam.example");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email)));
        await app.SendOutboxAsync(); // account mail is queued, then sent
        Assert.Empty(app.MessagesTo(email));
    }

    [Fact]
    public async Task LogIn_BeforeConfirming_IsAllowed_AndTheProfileAsksToConfirm()
    {
        var email = NewEmail();
        var client = app.CreateClient(signedInAs: null);
        await RegisterAsync(client, "Early Bird", email, Password, Password);
        var login = await client.GetDocumentAsync("/account/login");

        var response = await client.SubmitAsync(login.Form(), new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = Password });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var profile = await client.GetDocumentAsync("/account/profile");
        Assert.NotNull(profile.QuerySelector("[data-test=confirm-email-notice]"));
        var resend = await client.SubmitAsync(profile.Form("[data-test=confirm-email-notice] form"));
        Assert.Contains("We sent a new link", (await Html.ParseAsync(resend)).Text("main"));
        await app.SendOutboxAsync(); // account mail is queued, then sent
        Assert.Equal(2, app.MessagesTo(email).Count);
    }

    private Task<(bool Confirmed, IList<string> Roles)> MemberAsync(string email) => app.WithScopeAsync(async services =>
    {
        var users = services.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByEmailAsync(email);
        Assert.NotNull(user);
        return (user.EmailConfirmed, await users.GetRolesAsync(user));
    });
}

public sealed class RegistrationRateLimitTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Register_TooManyFromOneAddress_Is429()
    {
        var client = app.CreateClient(signedInAs: null);
        var form = (await client.GetDocumentAsync("/account/register")).Form();
        HttpResponseMessage? last = null;
        for (var i = 0; i <= new Limber.Infrastructure.Security.RateLimitOptions().RegistrationsPerHour; i++)
        {
            last = await client.SubmitAsync(form, new Dictionary<string, string> { ["Input.DisplayName"] = "x" });
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, last!.StatusCode);
    }
}
