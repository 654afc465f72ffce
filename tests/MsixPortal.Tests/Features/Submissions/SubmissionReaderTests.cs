using System.Text;
using MsixPortal.Features.Submissions.Format;

namespace MsixPortal.Tests.Features.Submissions;

public class SubmissionReaderTests
{
    private const long Limit = 10 * 1024 * 1024;

    private static async Task<(SubmittedHeader Header, List<SubmittedStudent> Students)> ReadAllAsync(byte[] bytes, long limit = Limit)
    {
        using var reader = await SubmissionReader.OpenAsync(new MemoryStream(bytes), limit, CancellationToken.None);
        var header = await reader.ReadHeaderAsync(CancellationToken.None);
        var students = new List<SubmittedStudent>();
        while (await reader.ReadStudentAsync(CancellationToken.None) is { } student)
        {
            students.Add(student);
        }
        return (header, students);
    }

    private static async Task<string> RefusalAsync(byte[] bytes, long limit = Limit) =>
        (await Assert.ThrowsAsync<SubmissionFileException>(() => ReadAllAsync(bytes, limit))).Message;

    [Fact]
    public async Task Read_XmlAndJsonOfSameStudents_GiveSameFieldsAndRows()
    {
        TestStudent[] students = [TestStudent.Child("TX", "A1"), TestStudent.Child("TX", "A2", first: "José")];

        var xml = await ReadAllAsync(SubmissionFiles.XmlBytes("TX", students));
        var json = await ReadAllAsync(SubmissionFiles.JsonBytes("TX", students));

        Assert.Equal(xml.Header, json.Header);
        Assert.Equal(2, json.Students.Count);
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(xml.Students[i].Fields, json.Students[i].Fields);
            Assert.Equal(xml.Students[i].Action, json.Students[i].Action);
            Assert.Equal(xml.Students[i].Rows.Select(r => (r.Section, r.Sequence)), json.Students[i].Rows.Select(r => (r.Section, r.Sequence)));
            Assert.Equal(xml.Students[i].Rows[1].Fields, json.Students[i].Rows[1].Fields);
        }
        Assert.Equal("José", json.Students[1]["FirstName"]);
    }

    [Fact]
    public async Task Read_JsonMuchLargerThanItsBuffer_ReadsEveryStudent()
    {
        var students = Enumerable.Range(1, 600).Select(i => TestStudent.Child("TX", "S" + TestStudent.Number(i))).ToArray();

        var (_, read) = await ReadAllAsync(SubmissionFiles.JsonBytes("TX", students));

        Assert.Equal(600, read.Count);
        Assert.Equal("S600", read[^1]["StateStudentId"]);
    }

    [Fact]
    public async Task Read_UnknownElements_AreListedNotStored()
    {
        var student = TestStudent.Child("TX", "A1").Set("FavouriteColour", "blue");

        var (_, read) = await ReadAllAsync(SubmissionFiles.XmlBytes("TX", [student]));

        Assert.Contains("FavouriteColour", read[0].UnknownElements);
        Assert.False(read[0].Fields.ContainsKey("FavouriteColour"));
    }

    [Theory]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00 }, "Compressed")]
    [InlineData(new byte[] { 0x1F, 0x8B, 0x08, 0x00 }, "Compressed")]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x3C, 0x00, 0x3F, 0x00 }, "UTF-8")]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46 }, "neither XML nor JSON")]
    [InlineData(new byte[] { }, "empty")]
    public async Task Read_UnreadableStart_IsRefusedWithClearMessage(byte[] bytes, string expected)
    {
        var message = await RefusalAsync(bytes);

        Assert.Contains(expected, message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_XmlBombWithDoctype_IsRefused()
    {
        const string bomb = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
            <StateSubmission><Header><StateCode>&lol2;</StateCode></Header></StateSubmission>
            """;

        var message = await RefusalAsync(Encoding.UTF8.GetBytes(bomb));

        Assert.Contains("DOCTYPE", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_DoctypeHiddenAfterLongComment_IsRefusedByTheParser()
    {
        var xml = "<?xml version=\"1.0\"?><!--" + new string('x', 10_000) + "--><!DOCTYPE a [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><StateSubmission/>";

        var message = await RefusalAsync(Encoding.UTF8.GetBytes(xml));

        Assert.Contains("DTD", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_DeclaredLatin1_IsRefused()
    {
        var xml = SubmissionFiles.Xml("TX", [TestStudent.Child("TX", "A1")]).Replace("UTF-8", "ISO-8859-1", StringComparison.Ordinal)
            .Replace('í', 'i').Replace('ó', 'o');

        var message = await RefusalAsync(Encoding.Latin1.GetBytes(xml));

        Assert.Contains("encoding other than UTF-8", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_InvalidUtf8Bytes_IsRefused()
    {
        var xml = SubmissionFiles.Xml("TX", [TestStudent.Child("TX", "A1", first: "José")]).Replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "", StringComparison.Ordinal);

        var message = await RefusalAsync(Encoding.Latin1.GetBytes(xml));

        Assert.Contains("not valid UTF-8", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_MalformedXml_NamesLineButNoContent()
    {
        var xml = SubmissionFiles.Xml("TX", [TestStudent.Child("TX", "A1", first: "Secretname")])
            .Replace("</FirstName>", "</Firstname>", StringComparison.Ordinal);

        var message = await RefusalAsync(Encoding.UTF8.GetBytes(xml));

        Assert.Contains("not well-formed XML (line", message, StringComparison.Ordinal);
        Assert.DoesNotContain("Secretname", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(9 * 1024)]
    [InlineData(1024 * 1024)]
    public async Task Read_XmlWithMuchWhitespaceBetweenStudents_ReadsEveryStudent(int whitespace)
    {
        var xml = SubmissionFiles.Xml("TX", [TestStudent.Child("TX", "A1"), TestStudent.Child("TX", "A2")]);
        var between = xml.IndexOf("</Student>", StringComparison.Ordinal) + "</Student>".Length;
        var padded = xml[..between] + string.Concat(Enumerable.Repeat(" \r\n\t", whitespace / 4)) + xml[between..];

        var (_, read) = await ReadAllAsync(Encoding.UTF8.GetBytes(padded));

        Assert.Equal(["A1", "A2"], read.Select(s => s["StateStudentId"]));
    }

    [Fact]
    public async Task Read_NestedUnknownElement_ListedByNameAndTheRestRead()
    {
        var xml = SubmissionFiles.Xml("TX", [TestStudent.Child("TX", "A1"), TestStudent.Child("TX", "A2")])
            .Replace("</FirstName>", "</FirstName><Pets><Pet>cat</Pet></Pets>", StringComparison.Ordinal);

        var (_, read) = await ReadAllAsync(Encoding.UTF8.GetBytes(xml));

        Assert.Equal(["A1", "A2"], read.Select(s => s["StateStudentId"]));
        Assert.Contains("Pets", read[0].UnknownElements);
        Assert.False(read[0].Fields.ContainsKey("Pets"));
    }

    [Fact]
    public async Task Read_JsonWithNullForAbsentRowsAndElements_AsIfLeftOut()
    {
        var file = System.Text.Json.Nodes.JsonNode.Parse(SubmissionFiles.JsonBytes("TX", [TestStudent.Child("TX", "A1")]))!;
        var student = file["students"]![0]!;
        (student["courses"], student["middleName"]) = (null, null);

        var (_, read) = await ReadAllAsync(Encoding.UTF8.GetBytes(file.ToJsonString()));

        Assert.Empty(read[0].UnknownElements);
        Assert.False(read[0].Fields.ContainsKey("MiddleName"));
        Assert.DoesNotContain(read[0].Rows, r => r.Section == MsixPortal.DataElements.DataSection.Course);
    }

    [Fact]
    public async Task Read_MalformedJson_IsRefused()
    {
        var json = Encoding.UTF8.GetString(SubmissionFiles.JsonBytes("TX", [TestStudent.Child("TX", "A1")]));

        var message = await RefusalAsync(Encoding.UTF8.GetBytes(json[..^20] + "}}"));

        Assert.Contains("JSON", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_OverSizeLimit_IsRefused()
    {
        var students = Enumerable.Range(1, 50).Select(i => TestStudent.Child("TX", "S" + TestStudent.Number(i))).ToArray();

        var message = await RefusalAsync(SubmissionFiles.XmlBytes("TX", students), limit: 8 * 1024);

        Assert.Contains("larger than the limit", message, StringComparison.Ordinal);
    }
}
