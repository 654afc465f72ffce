using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace MsixPortal.Features.Records.Export.Pdf;

/// <summary>
/// Gives PDFsharp the DejaVu Sans faces (Debian package fonts-dejavu-core), which cover the
/// accented Latin letters of children's names. PDFsharp's Core build finds no system fonts on
/// Linux by itself, and its font resolver is process-wide and may be set only once.
/// </summary>
public sealed class DejaVuFontResolver : IFontResolver
{
    public const string FamilyName = "DejaVu Sans";
    public const string DefaultDirectory = "/usr/share/fonts/truetype/dejavu";

    private const string RegularFace = "DejaVuSans";
    private const string BoldFace = "DejaVuSans-Bold";

    private static readonly Lock RegistrationLock = new();

    private readonly string _directory;
    private readonly ConcurrentDictionary<string, byte[]> _faces = new(StringComparer.Ordinal);

    private DejaVuFontResolver(string directory) => _directory = directory;

    /// <summary>Installs the resolver for the process, once; later calls keep the first one.</summary>
    public static void EnsureRegistered(string directory = DefaultDirectory)
    {
        lock (RegistrationLock)
        {
            if (GlobalFontSettings.FontResolver is DejaVuFontResolver)
            {
                return;
            }
            if (!File.Exists(Path.Combine(directory, RegularFace + ".ttf")))
            {
                throw new InvalidOperationException(
                    $"DejaVu fonts not found in {directory}: install the Debian package fonts-dejavu-core.");
            }
            GlobalFontSettings.FontResolver = new DejaVuFontResolver(directory);
        }
    }

    /// <summary>Every family the renderer asks for maps to DejaVu Sans; italics are not used.</summary>
    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? BoldFace : RegularFace);

    public byte[] GetFont(string faceName) =>
        _faces.GetOrAdd(faceName, face => File.ReadAllBytes(Path.Combine(_directory, face + ".ttf")));
}
