using Limber.Features.Accounts;

namespace Limber.UnitTests.Accounts;

public class AvatarViewTests
{
    [Theory]
    [InlineData("Élodie Ñandú", "ÉÑ")]
    [InlineData("<script> &amp\"", "<&")]
    [InlineData("Ann", "A")]
    public void SvgDataUri_IsSafeInAnAttribute_AndDecodesToTheInitials(string name, string initials)
    {
        var avatar = new AvatarView(Guid.NewGuid(), name, null, IsPrivate: false);

        var uri = avatar.SvgDataUri();

        Assert.StartsWith("data:image/svg+xml,", uri);
        Assert.DoesNotContain(uri, c => c is '"' or '&' or '<' or '>' or > '\u007e' or < ' ');
        var svg = Uri.UnescapeDataString(uri["data:image/svg+xml,".Length..]);
        Assert.StartsWith("<svg xmlns='http://www.w3.org/2000/svg'", svg);
        Assert.Contains($">{System.Net.WebUtility.HtmlEncode(initials)}</text>", svg);
    }

    [Fact]
    public void SvgDataUri_ForAPrivateMember_ShowsNoInitials()
    {
        var svg = Uri.UnescapeDataString(new AvatarView(Guid.NewGuid(), AppUser.PrivateName, null, IsPrivate: true).SvgDataUri());

        Assert.DoesNotContain("<text", svg);
    }

    [Theory]
    [InlineData("Ann Lee")]
    [InlineData("Zoë {O'Brien} | ^`")]
    public void SvgDataUri_IsAValidUrl_WithoutSpaces(string name)
    {
        var uri = new AvatarView(Guid.NewGuid(), name, null, IsPrivate: false).SvgDataUri();

        Assert.DoesNotContain(uri, c => !char.IsAsciiLetterOrDigit(c) && !"-._~!$'()*+,;=:@/?%".Contains(c));
        Assert.True(Uri.TryCreate(uri, UriKind.Absolute, out _));
    }
}
