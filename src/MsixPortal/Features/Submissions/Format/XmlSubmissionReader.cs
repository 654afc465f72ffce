using System.Globalization;
using System.Text;
using System.Xml;

namespace MsixPortal.Features.Submissions.Format;

/// <summary>
/// The XML format (docs/submissions/submission.xsd) read with <see cref="XmlReader"/>: no DTD, no
/// external resolver, UTF-8 only. Errors name a line and position, never the file's content.
/// The reader is synchronous on purpose: it reads the staged copy on local disk (never the request
/// body), and XmlReader's async methods cost several times more per element than the parsing itself.
/// </summary>
internal sealed class XmlSubmissionReader : SubmissionReader
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        IgnoreComments = true,
        IgnoreWhitespace = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    private readonly TextReader _text;
    private XmlReader? _reader;
    private int _position;

    public XmlSubmissionReader(Stream content) =>
        _text = new StreamReader(content, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: false, bufferSize: 64 * 1024);

    // Created on first use, inside Guard: a synchronous XmlReader decodes its first block as it is created.
    private XmlReader Xml => _reader ??= XmlReader.Create(_text, Settings);

    public override Task<SubmittedHeader> ReadHeaderAsync(CancellationToken cancellationToken) =>
        Guard(() =>
        {
            Xml.Read();
            CheckDeclaredEncoding();
            MoveToContent();
            Expect("StateSubmission");
            Xml.Read();
            MoveToContent();
            Expect("Header");
            var fields = ReadFields(element: "Header", onRow: null, nestedUnknown: null);
            return new SubmittedHeader(
                fields.GetValueOrDefault("StateCode"), fields.GetValueOrDefault("Timestamp"),
                fields.GetValueOrDefault("StudentCount"), fields.GetValueOrDefault("RecordCount"),
                fields.GetValueOrDefault("EffectiveBeginDate"), fields.GetValueOrDefault("EffectiveEndDate"));
        });

    public override Task<SubmittedStudent?> ReadStudentAsync(CancellationToken cancellationToken) =>
        Guard<SubmittedStudent?>(() =>
        {
            MoveToContent();
            if (Xml.NodeType == XmlNodeType.EndElement || Xml.EOF)
            {
                return null;
            }
            Expect("Student");
            var student = new SubmittedStudent
            {
                Position = ++_position,
                RecordNumber = Xml.GetAttribute("RecordNumber"),
                Action = Xml.GetAttribute("Action"),
            };
            var fields = ReadFields("Student", name =>
            {
                if (!SubmissionFormat.RowSections.TryGetValue(name, out var section))
                {
                    return false;
                }
                var row = new SubmittedRow(section, Xml.GetAttribute("Sequence"));
                foreach (var (key, value) in ReadFields(name, onRow: null, row.UnknownElements))
                {
                    Add(row.Fields, row.UnknownElements, key, value, SubmissionFormat.IsRowField(section, key));
                }
                student.Rows.Add(row);
                return true;
            }, student.UnknownElements);
            foreach (var (key, value) in fields)
            {
                Add(student.Fields, student.UnknownElements, key, value, SubmissionFormat.StudentFields.Contains(key));
            }
            return student;
        });

    private static void Add(Dictionary<string, string> fields, List<string> unknown, string key, string value, bool known)
    {
        if (known)
        {
            fields[key] = value.Trim();
        }
        else
        {
            unknown.Add(key);
        }
    }

    /// <summary>
    /// Reads the simple child elements of the current element; nested ones go to <paramref name="onRow"/>.
    /// A child with elements inside that is not a row (e.g. &lt;Pets&gt;&lt;Pet&gt;) is skipped and named in
    /// <paramref name="nestedUnknown"/>, so that validation reports it plainly; in the header it refuses the file.
    /// </summary>
    private Dictionary<string, string> ReadFields(string element, Func<string, bool>? onRow, List<string>? nestedUnknown)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Xml.IsEmptyElement)
        {
            Xml.Read();
            return fields;
        }
        Xml.Read();
        while (MoveToContent() == XmlNodeType.Element)
        {
            var name = Xml.LocalName;
            if (onRow is not null && onRow(name))
            {
                continue;
            }
            var line = (IXmlLineInfo)Xml;
            var (lineNumber, linePosition) = (line.LineNumber, line.LinePosition);
            if (TryReadText(out var text))
            {
                fields[name] = text;
            }
            else if (nestedUnknown is not null)
            {
                nestedUnknown.Add(name);
            }
            else
            {
                throw new SubmissionFileException(string.Create(CultureInfo.InvariantCulture,
                    $"<{name}> at line {lineNumber}, position {linePosition} is not an element of the <{element}> of the submission format."));
            }
        }
        if (Xml.NodeType != XmlNodeType.EndElement || Xml.LocalName != element)
        {
            throw Problem($"Expected the end of <{element}>");
        }
        Xml.Read();
        return fields;
    }

    /// <summary>
    /// XmlReader.MoveToContent, also past whitespace that the reader hands over as a Text node: with
    /// IgnoreWhitespace it still does so for a run of whitespace longer than its buffer (about 8 KB),
    /// which made a valid file with much whitespace between two students fail.
    /// </summary>
    private XmlNodeType MoveToContent()
    {
        while (Xml.MoveToContent() == XmlNodeType.Text && string.IsNullOrWhiteSpace(Xml.Value))
        {
            Xml.Read();
        }
        return Xml.NodeType;
    }

    /// <summary>
    /// The text of the current element, read past its end; false (and the element skipped whole)
    /// when it holds elements instead of text only.
    /// </summary>
    private bool TryReadText(out string text)
    {
        text = "";
        if (Xml.IsEmptyElement)
        {
            Xml.Read();
            return true;
        }
        var depth = Xml.Depth;
        var nested = false;
        var content = new StringBuilder();
        Xml.Read();
        while (!(Xml.NodeType == XmlNodeType.EndElement && Xml.Depth == depth))
        {
            if (Xml.EOF)
            {
                throw Problem("Unexpected end of the file");
            }
            if (Xml.NodeType == XmlNodeType.Element)
            {
                nested = true;
                Xml.Skip();
                continue;
            }
            if (Xml.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace)
            {
                content.Append(Xml.Value);
            }
            Xml.Read();
        }
        Xml.Read();
        text = content.ToString();
        return !nested;
    }

    /// <summary>The bytes are decoded as UTF-8 whatever the file says; a file declaring another encoding is refused.</summary>
    private void CheckDeclaredEncoding()
    {
        if (Xml.NodeType != XmlNodeType.XmlDeclaration)
        {
            return;
        }
        var declared = Xml.GetAttribute("encoding");
        if (declared is not null && !declared.Equals("UTF-8", StringComparison.OrdinalIgnoreCase)
            && !declared.Equals("UTF8", StringComparison.OrdinalIgnoreCase))
        {
            throw new SubmissionFileException("The file declares an encoding other than UTF-8. Save it as UTF-8 and submit it again.");
        }
    }

    private void Expect(string element)
    {
        if (Xml.NodeType != XmlNodeType.Element || Xml.LocalName != element)
        {
            throw Problem($"Expected <{element}>");
        }
    }

    private SubmissionFileException Problem(string what)
    {
        var line = (IXmlLineInfo)Xml;
        return new SubmissionFileException(string.Create(CultureInfo.InvariantCulture,
            $"{what} at line {line.LineNumber}, position {line.LinePosition}. Check the file against the documented format."));
    }

    private static Task<T> Guard<T>(Func<T> read)
    {
        try
        {
            return Task.FromResult(read());
        }
        catch (XmlException e) when (e.Message.Contains("DTD", StringComparison.Ordinal))
        {
            throw new SubmissionFileException("The file contains a document type declaration (DTD). DTDs are not allowed.", e);
        }
        catch (XmlException e)
        {
            throw new SubmissionFileException(string.Create(CultureInfo.InvariantCulture,
                $"The file is not well-formed XML (line {e.LineNumber}, position {e.LinePosition})."), e);
        }
        catch (DecoderFallbackException e)
        {
            throw new SubmissionFileException("The file is not valid UTF-8. Save it as UTF-8 and submit it again.", e);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _reader?.Dispose();
            _text.Dispose();
        }
    }
}
