using System.Globalization;
using System.Text;
using System.Text.Json;

namespace MsixPortal.Features.Submissions.Format;

/// <summary>
/// The JSON format (docs/submissions/submission.example.json) read with <see cref="Utf8JsonReader"/>
/// over a refilled buffer: only one student's bytes need to be in memory at a time.
/// </summary>
internal sealed class JsonSubmissionReader(Stream content) : SubmissionReader
{
    private const int MaxStudentBytes = 16 * 1024 * 1024;

    private byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;
    private bool _final;
    private long _discarded;
    private JsonReaderState _state = new(new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
    private int _position;

    public override async Task<SubmittedHeader> ReadHeaderAsync(CancellationToken cancellationToken)
    {
        await ExpectAsync(JsonTokenType.StartObject, null, cancellationToken);
        await ExpectAsync(JsonTokenType.PropertyName, "header", cancellationToken);
        var header = await ReadObjectAsync(cancellationToken)
            ?? throw new SubmissionFileException("\"header\" must be an object.");
        await ExpectAsync(JsonTokenType.PropertyName, "students", cancellationToken);
        await ExpectAsync(JsonTokenType.StartArray, null, cancellationToken);
        return JsonSubmissionMapping.ToHeader(header);
    }

    public override async Task<SubmittedStudent?> ReadStudentAsync(CancellationToken cancellationToken)
    {
        var element = await ReadObjectAsync(cancellationToken);
        if (element is null)
        {
            return null;
        }
        return JsonSubmissionMapping.ToStudent(element.Value, ++_position);
    }

    /// <summary>The next whole object, or null at the end of the enclosing array.</summary>
    private async Task<JsonElement?> ReadObjectAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var outcome = TryReadObject(out var element);
            if (outcome != ReadOutcome.NeedMore)
            {
                return outcome == ReadOutcome.Value ? element : null;
            }
            await FillAsync(cancellationToken);
        }
    }

    private async Task ExpectAsync(JsonTokenType type, string? name, CancellationToken cancellationToken)
    {
        while (true)
        {
            var outcome = TryReadToken(out var actual, out var actualName);
            if (outcome == ReadOutcome.NeedMore)
            {
                await FillAsync(cancellationToken);
                continue;
            }
            if (actual != type || (name is not null && actualName != name))
            {
                throw new SubmissionFileException(string.Create(CultureInfo.InvariantCulture,
                    $"Expected {(name is null ? type.ToString() : $"\"{name}\"")} near byte {_discarded + _start}. Check the file against the documented format."));
            }
            return;
        }
    }

    private enum ReadOutcome { NeedMore, Value, EndOfArray }

    private ReadOutcome TryReadToken(out JsonTokenType type, out string? name)
    {
        var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _final, _state);
        type = JsonTokenType.None;
        name = null;
        if (!Guard(ref reader))
        {
            return ReadOutcome.NeedMore;
        }
        type = reader.TokenType;
        name = type == JsonTokenType.PropertyName ? reader.GetString() : null;
        Commit(ref reader);
        return ReadOutcome.Value;
    }

    private ReadOutcome TryReadObject(out JsonElement element)
    {
        element = default;
        var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _final, _state);
        if (!Guard(ref reader))
        {
            return ReadOutcome.NeedMore;
        }
        if (reader.TokenType == JsonTokenType.EndArray)
        {
            Commit(ref reader);
            return ReadOutcome.EndOfArray;
        }
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw Malformed(null);
        }
        var begin = (int)reader.TokenStartIndex;
        try
        {
            if (!reader.TrySkip())
            {
                return ReadOutcome.NeedMore;
            }
        }
        catch (JsonException e)
        {
            throw Malformed(e);
        }
        using (var document = JsonDocument.Parse(_buffer.AsMemory(_start + begin, (int)reader.BytesConsumed - begin)))
        {
            element = document.RootElement.Clone();
        }
        Commit(ref reader);
        return ReadOutcome.Value;
    }

    private bool Guard(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.Read();
        }
        catch (JsonException e)
        {
            throw Malformed(e);
        }
    }

    private void Commit(ref Utf8JsonReader reader)
    {
        _start += (int)reader.BytesConsumed;
        _state = reader.CurrentState;
    }

    private SubmissionFileException Malformed(Exception? inner) => new(string.Create(CultureInfo.InvariantCulture,
        $"The file is not well-formed JSON in the documented shape (near byte {_discarded + _start})."), inner!);

    private async Task FillAsync(CancellationToken cancellationToken)
    {
        if (_final)
        {
            throw new SubmissionFileException("The file ends before the submission is complete.");
        }
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _discarded += _start;
            _start = 0;
        }
        if (_end == _buffer.Length)
        {
            if (_buffer.Length >= MaxStudentBytes)
            {
                throw new SubmissionFileException("One student in the file is larger than 16 MB.");
            }
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }
        var read = await content.ReadAsync(_buffer.AsMemory(_end), cancellationToken);
        _final = read == 0;
        _end += read;
        if (_discarded == 0 && _start == 0 && _end >= 3 && _buffer.AsSpan(0, 3).SequenceEqual(Encoding.UTF8.Preamble))
        {
            _start = 3;
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            content.Dispose();
        }
    }
}
