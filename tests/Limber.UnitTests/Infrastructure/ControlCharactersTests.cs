using System.Text;
using Limber.Infrastructure.Web;

namespace Limber.UnitTests.Infrastructure;

public sealed class ControlCharactersTests
{
    [Theory]
    [InlineData("Body=Two%00+minutes", "Body=Two+minutes")]
    [InlineData("Body=a%07b%1Fc%7Fd", "Body=abcd")]
    [InlineData("Body=line%0D%0Anext%09tab", "Body=line%0D%0Anext%09tab")]
    [InlineData("Body=c1%C2%85here+%C2%A0nbsp", "Body=c1here+%C2%A0nbsp")]
    [InlineData("Body=raw\u0000nul", "Body=rawnul")]
    [InlineData("Body=100%25+sure%2", "Body=100%25+sure%2")]
    public void UrlEncodedForms_LoseTheirControlCharacters_AndKeepTheRest(string form, string expected) =>
        Assert.Equal(expected, Encoding.UTF8.GetString(ControlCharacters.EncodedFormWithoutControlCharacters(Encoding.UTF8.GetBytes(form))));

    [Theory]
    [InlineData("""{"body":"Null\u0000 here"}""", """{"body":"Null here"}""")]
    [InlineData("""{"body":"bell\u0007\b\f done"}""", """{"body":"bell done"}""")]
    [InlineData("""{"body":"keep\n\t\r\u000A\u00e9"}""", """{"body":"keep\n\t\r\u000A\u00e9"}""")]
    [InlineData("""{"body":"a literal backslash \\u0000 stays"}""", """{"body":"a literal backslash \\u0000 stays"}""")]
    [InlineData("""{"body":"c1 \u0085 gone"}""", """{"body":"c1  gone"}""")]
    public void JsonBodies_LoseTheEscapesOfControlCharacters_AndKeepTheRest(string json, string expected) =>
        Assert.Equal(expected, Encoding.UTF8.GetString(ControlCharacters.JsonWithoutControlCharacters(Encoding.UTF8.GetBytes(json))));

    [Fact]
    public void Strip_KeepsTabsAndLineBreaks() => Assert.Equal("a\tb\nc\r\nd", ControlCharacters.Strip("a\tb\0\nc\r\n\u0085d"));
}
