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
            Xml.MoveToContent();
            Expect("StateSubmission");
            Xml.Read();
            Xml.MoveToContent();
            Expect("Header");
            var fields = ReadFields(element: "Header", onRow: null);
            return new SubmittedHeader(
                fields.GetValueOrDefault("StateCode"), fields.GetValueOrDefault("Timestamp"),
                fields.GetValueOrDefault("StudentCount"), fields.GetValueOrDefault("RecordCount"),
                fields.GetValueOrDefault("EffectiveBeginDate"), fields.GetValueOrDefault("EffectiveEndDate"));
        });

    public override Task<SubmittedStudent?> ReadStudentAsync(CancellationToken cancellationToken) =>
        Guard<SubmittedStudent?>(() =>
        {
            Xml.MoveToContent();
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
                foreach (var (key, value) in ReadFields(name, onRow: null))
                {
                    Add(row.Fields, row.UnknownElements, key, value, SubmissionFormat.IsRowField(section, key));
                }
                student.Rows.Add(row);
                return true;
            });
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

    /// <summary>Reads the simple child elements of the current element; nested ones go to <paramref name="onRow"/>.</summary>
    private Dictionary<string, string> ReadFields(string element, Func<string, bool>? onRow)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Xml.IsEmptyElement)
        {
            Xml.Read();
            return fields;
        }
        Xml.Read();
        while (Xml.MoveToContent() == XmlNodeType.Element)
        {
            var name = Xml.LocalName;
            if (onRow is not null && onRow(name))
            {
                continue;
            }
            fields[name] = Xml.ReadElementContentAsString();
        }
        if (Xml.NodeType != XmlNodeType.EndElement || Xml.LocalName != element)
        {
            throw Problem($"Expected the end of <{element}>");
        }
        Xml.Read();
        return fields;
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
