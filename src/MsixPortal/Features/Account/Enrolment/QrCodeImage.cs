using QRCoder;

namespace MsixPortal.Features.Account.Enrolment;

/// <summary>A QR code as a PNG data URI (the CSP allows img-src data:), so no image endpoint holds the key.</summary>
public static class QrCodeImage
{
    public static string PngDataUri(string content)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(content, QRCodeGenerator.ECCLevel.M);
        var png = new PngByteQRCode(data).GetGraphic(pixelsPerModule: 5);
        return "data:image/png;base64," + Convert.ToBase64String(png);
    }
}
