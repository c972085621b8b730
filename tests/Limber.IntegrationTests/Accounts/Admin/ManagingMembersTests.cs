using System.Net;
using Limber.Features.Accounts;
using Limber.IntegrationTests.Infrastructure;

namespace Limber.IntegrationTests.Accounts.Admin;

public sealed class ManagingMembersTests(SigningInTests.Factory app) : IClassFixture<SigningInTests.Factory>
{
    private const string Password = "member passphrase long";

    [Fact]
    public async Task Search_FindsByNameOrEmail()
    {
        var member = await app.GivenMemberAsync(name: "Searchable Sigrid");
        var client = app.CreateClient(await app.GivenUserAsync(Roles.Admin));

        var byName = await client.GetDocumentAsync("/admin/members?q=sigrid");
        var byEmail = await client.GetDocumentAsync($"/admin/members?q={Uri.EscapeDataString(member.Email!)}");

        Assert.Contains("Searchable Sigrid", byName.Text("table"));
        Assert.Contains("Searchable Sigrid", byEmail.Text("table"));
    }

    [Fact]
    public async Task ChangeRole_IsAppliedAndRecordedWithWhoAndWhen()
    {
        var member = await app.GivenMemberAsync();
        var admin = await app.GivenUserAsync(Roles.Admin, name: "Ada Admin");
        var client = app.CreateClient(admin);
        var page = await client.GetDocumentAsync($"/admin/members/{member.Id}");

        var response = await client.SubmitAsync(page.Form("form[action*='handler=Role']"), new Dictionary<string, string> { ["NewRole"] = Roles.Moderator });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await client.GetDocumentAsync($"/admin/members/{member.Id}");
        Assert.Contains("role-changed by Ada Admin", after.Text("[data-test=audit-log]"));
        Assert.NotNull(after.QuerySelector("[data-test=audit-log] time[datetime]"));
        Assert.Equal(Roles.Moderator, after.QuerySelector<IHtmlSelectElement>("#NewRole")!.Value);
    }

    [Fact]
    public async Task ChangeRole_UnknownRole_IsRefused()
    {
        var member = await app.GivenMemberAsync();
        var client = app.CreateClient(await app.GivenUserAsync(Roles.Admin));
        var page = await client.GetDocumentAsync($"/admin/members/{member.Id}");

        var response = await client.SubmitAsync(page.Form("form[action*='handler=Role']"), new Dictionary<string, string> { ["NewRole"] = "superuser" });

        Assert.Equal("Choose one of the roles in the list.", (await Html.ParseAsync(response)).FieldError("NewRole"));
    }

    [Fact]
    public async Task Suspend_StopsSigningIn_UntilLifted()
    {
        var member = await app.GivenMemberAsync(Password);
        var client = app.CreateClient(await app.GivenUserAsync(Roles.Admin));
        var page = await client.GetDocumentAsync($"/admin/members/{member.Id}");

        await client.SubmitAsync(page.Form("form[action*='handler=Suspend']"));

        Assert.Equal("Suspended", (await client.GetDocumentAsync($"/admin/members/{member.Id}")).Text("[data-test=member-status]"));
        Assert.Equal(HttpStatusCode.OK, (await LogInAsync(member.Email!)).StatusCode);

        var suspended = await client.GetDocumentAsync($"/admin/members/{member.Id}");
        await client.SubmitAsync(suspended.Form("form[action*='handler=Unsuspend']"));
        Assert.Equal(HttpStatusCode.Redirect, (await LogInAsync(member.Email!)).StatusCode);
    }

    [Fact]
    public async Task ResendConfirmation_EmailsTheMember()
    {
        var member = await app.GivenUserAsync(Roles.Member, confirmed: false);
        var client = app.CreateClient(await app.GivenUserAsync(Roles.Admin));
        var page = await client.GetDocumentAsync($"/admin/members/{member.Id}");

        await client.SubmitAsync(page.Form("form[action*='handler=Resend']"));

        await app.SendOutboxAsync(); // account mail is queued, then sent
        app.SingleMessageTo(member.Email!, "Confirm your email");
    }

    private async Task<HttpResponseMessage> LogInAsync(string email)
    {
        var client = app.CreateClient(signedInAs: null);
        var login = await client.GetDocumentAsync("/account/login");
        return await client.SubmitAsync(login.Form(), new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = Password });
    }
}
