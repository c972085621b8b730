using System.Net;
using Limber.Features.Accounts;
using Limber.IntegrationTests.Infrastructure;

namespace Limber.IntegrationTests.Accounts;

public sealed class ResettingPasswordTests(SigningInTests.Factory app) : IClassFixture<SigningInTests.Factory>
{
    private const string OldPassword = "the old passphrase";
    private const string NewPassword = "a brand new passphrase";

    private async Task<HttpResponseMessage> AskForLinkAsync(HttpClient client, string email)
    {
        var page = await client.GetDocumentAsync("/account/forgot-password");
        return await client.SubmitAsync(page.Form(), new Dictionary<string, string> { ["Email"] = email });
    }

    private async Task<HttpResponseMessage> LogInAsync(HttpClient client, string email, string password)
    {
        var page = await client.GetDocumentAsync("/account/login");
        return await client.SubmitAsync(page.Form(), new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });
    }

    [Fact]
    public async Task Reset_ThroughTheEmailedLink_ChangesThePassword()
    {
        var member = await app.GivenMemberAsync(OldPassword);
        var client = app.CreateClient(signedInAs: null);

        var asked = await AskForLinkAsync(client, member.Email!);
        Assert.Contains("a link to choose a new password is on its way", (await Html.ParseAsync(asked)).Text("main"));
        await app.SendOutboxAsync(); // account mail is queued, then sent
        var link = Mailbox.LinkIn(app.SingleMessageTo(member.Email!, "Reset your password"));
        var form = (await client.GetDocumentAsync(link)).Form();
        var reset = await client.SubmitAsync(form, new Dictionary<string, string> { ["Password"] = NewPassword, ["ConfirmPassword"] = NewPassword });

        Assert.Contains("Your password is changed", (await Html.ParseAsync(reset)).Text("main"));
        Assert.Equal(HttpStatusCode.OK, (await LogInAsync(app.CreateClient(signedInAs: null), member.Email!, OldPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await LogInAsync(app.CreateClient(signedInAs: null), member.Email!, NewPassword)).StatusCode);

        var reused = await client.SubmitAsync(form, new Dictionary<string, string> { ["Password"] = "yet another passphrase", ["ConfirmPassword"] = "yet another passphrase" });
        Assert.Contains(ResetPasswordModel.InvalidLink, (await Html.ParseAsync(reused)).Text(".form-errors"));
    }

    [Fact]
    public async Task ForgotPassword_UnknownEmail_LooksTheSameAndSendsNothing()
    {
        var email = $"nobody-{Guid.NewGuid():N}@example.com";

        var response = await AskForLinkAsync(app.CreateClient(signedInAs: null), email);

        Assert.Contains("a link to choose a new password is on its way", (await Html.ParseAsync(response)).Text("main"));
        await app.SendOutboxAsync(); // account mail is queued, then sent
        Assert.Empty(app.MessagesTo(email));
    }

    [Fact]
    public async Task ForgotPassword_MalformedEmail_IsAFieldError()
    {
        var response = await AskForLinkAsync(app.CreateClient(signedInAs: null), "nope");

        Assert.Equal(RegisterMember.Messages.EmailInvalid, (await Html.ParseAsync(response)).FieldError("Email"));
    }

    [Fact]
    public async Task Reset_ForgedCodeOrMismatch_IsRefused()
    {
        var member = await app.GivenMemberAsync(OldPassword);
        var client = app.CreateClient(signedInAs: null);
        var form = (await client.GetDocumentAsync($"/account/reset-password?email={Uri.EscapeDataString(member.Email!)}&code=Zm9yZ2Vk")).Form();

        var mismatch = await client.SubmitAsync(form, new Dictionary<string, string> { ["Password"] = NewPassword, ["ConfirmPassword"] = "different" });
        var forged = await client.SubmitAsync(form, new Dictionary<string, string> { ["Password"] = NewPassword, ["ConfirmPassword"] = NewPassword });

        Assert.Equal(RegisterMember.Messages.Mismatch, (await Html.ParseAsync(mismatch)).FieldError("ConfirmPassword"));
        Assert.Contains(ResetPasswordModel.InvalidLink, (await Html.ParseAsync(forged)).Text(".form-errors"));
    }

    [Fact]
    public async Task ChangePassword_SignsOutOtherSessions()
    {
        var member = await app.GivenMemberAsync(OldPassword);
        var laptop = app.CreateClient(signedInAs: null);
        var phone = app.CreateClient(signedInAs: null);
        await LogInAsync(laptop, member.Email!, OldPassword);
        await LogInAsync(phone, member.Email!, OldPassword);
        var form = (await laptop.GetDocumentAsync("/account/password")).Form();

        var changed = await laptop.SubmitAsync(form, new Dictionary<string, string>
        {
            ["CurrentPassword"] = OldPassword,
            ["NewPassword"] = NewPassword,
            ["ConfirmPassword"] = NewPassword,
        });
        // Within the security stamp's check interval the other session is not checked yet (a check on every
        // request would cost every signed-in page); past it, it is signed out.
        var phoneBefore = await phone.GetAsync("/account/profile");
        app.Clock.Advance(TimeSpan.FromMinutes(2));

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, phoneBefore.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await laptop.GetAsync("/account/profile")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await phone.GetAsync("/account/profile")).StatusCode);
    }

    [Fact]
    public async Task ChangePassword_WrongCurrentPassword_SaysSo()
    {
        var member = await app.GivenMemberAsync(OldPassword);
        var client = app.CreateClient(member);
        var form = (await client.GetDocumentAsync("/account/password")).Form();

        var response = await client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["CurrentPassword"] = "not it at all",
            ["NewPassword"] = NewPassword,
            ["ConfirmPassword"] = NewPassword,
        });

        Assert.Equal("That is not your current password.", (await Html.ParseAsync(response)).FieldError("CurrentPassword"));
    }
}
