using QRCoder;

namespace Limber.Features.Accounts;

/// <summary>QR codes drawn on the server (QRCoder, MIT), so the two-factor page needs no script and no outside service.</summary>
public static class QrCodes
{
    /// <summary>The text as an SVG QR code in a base64 <c>data:</c> URI, for an <c>img</c> with alt text.</summary>
    public static string SvgDataUri(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(6);
        return "data:image/svg+xml;base64," + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(svg));
    }
}
