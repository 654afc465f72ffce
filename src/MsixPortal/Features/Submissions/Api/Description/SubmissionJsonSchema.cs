using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using MsixPortal.DataElements;
using MsixPortal.Features.Submissions.Format;

namespace MsixPortal.Features.Submissions.Api.Description;

/// <summary>
/// The JSON submission format as schemas, generated from the data-element catalogue (names, types,
/// lengths, required elements, definitions) and <see cref="SubmissionFormat"/>, the same sources the
/// reader and validator use, so the description cannot drift from validation. Used twice: as the
/// OpenAPI document's components and as the standalone JSON Schema at /api/v1/schemas/submission.schema.json.
/// Code sets live in the database; a code element's description names its code set. Numbers differ
/// between the two on purpose (<see cref="SubmissionNumbers"/>).
/// </summary>
public static class SubmissionJsonSchema
{
    public const string FileSchema = "SubmissionFile";
    private const string HeaderSchema = "SubmissionHeader";
    private const string StudentSchema = "SubmittedStudent";

    /// <summary>Every schema of the format by component name; <paramref name="reference"/> makes a reference to another.</summary>
    public static IReadOnlyDictionary<string, IOpenApiSchema> Schemas(Func<string, IOpenApiSchema> reference, SubmissionNumbers numbers)
    {
        var schemas = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal)
        {
            [FileSchema] = Object("A State's submission file in JSON: the header, then the students.",
                new() { ["header"] = reference(HeaderSchema), ["students"] = new OpenApiSchema { Type = JsonSchemaType.Array, Items = reference(StudentSchema) } },
                ["header", "students"]),
            [HeaderSchema] = Header(numbers),
            [StudentSchema] = Student(reference, numbers),
        };
        foreach (var (array, section) in SubmissionFormat.JsonRowArrays)
        {
            schemas[RowSchemaName(section)] = Row(section, numbers);
        }
        return schemas;
    }

    private static OpenApiSchema Header(SubmissionNumbers numbers) => Object("The file's header: a problem here rejects the whole file.", new()
    {
        ["stateCode"] = Text("The submitting State, as a postal code: the API client's own.", 2),
        ["timestamp"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "date-time", Description = "When the file was made (ISO 8601)." },
        ["studentCount"] = WholeNumber("How many students the file holds.", numbers, optional: false),
        ["recordCount"] = WholeNumber("Students plus child rows.", numbers, optional: false),
        ["effectiveBeginDate"] = Pattern("First day the data covers, YYYYMMDD.", "^[0-9]{8}$"),
        ["effectiveEndDate"] = Pattern("Last day the data covers, YYYYMMDD (after the begin date).", "^[0-9]{8}$"),
    }, ["stateCode", "timestamp", "studentCount", "recordCount", "effectiveBeginDate", "effectiveEndDate"]);

    private static OpenApiSchema Student(Func<string, IOpenApiSchema> reference, SubmissionNumbers numbers)
    {
        var properties = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal)
        {
            ["recordNumber"] = Text("The student's number in the file, unique within it; errors name it.", null),
            ["action"] = new OpenApiSchema
            {
                Type = JsonSchemaType.String, Enum = [JsonValue.Create("I"), JsonValue.Create("U"), JsonValue.Create("D")],
                Description = "I: insert a student the State has not sent before; U: replace the State's record and all its child rows; D: delete (only the identifying elements are needed).",
            },
        };
        foreach (var element in DataElementCatalogue.BySection(DataSection.Demographic))
        {
            properties[JsonName(element.Key)] = Element(element, numbers);
        }
        foreach (var (array, section) in SubmissionFormat.JsonRowArrays)
        {
            properties[array] = new OpenApiSchema { Type = JsonSchemaType.Array, MaxItems = 999, Items = reference(RowSchemaName(section)) };
        }
        return Object("One student: the State's record of a child with its child rows. Elements required for I and U are listed in their descriptions; an invalid student is rejected whole, the others are applied.",
            properties, ["recordNumber", "action"]);
    }

    private static OpenApiSchema Row(DataSection section, SubmissionNumbers numbers)
    {
        var properties = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal)
        {
            ["sequence"] = WholeNumber("The row's number, 1 to 999, unique per kind within the student.", numbers, optional: false),
        };
        var required = new List<string> { "sequence" };
        foreach (var element in DataElementCatalogue.BySection(section))
        {
            properties[JsonName(element.Key)] = Element(element, numbers);
            if (element.Required)
            {
                required.Add(JsonName(element.Key));
            }
        }
        return Object($"One {section} row of a student.", properties, required);
    }

    /// <summary>One element: its type as the validator reads it, its length, its MDE number, name and definition.</summary>
    private static OpenApiSchema Element(DataElement element, SubmissionNumbers numbers)
    {
        var description = $"{element.DisplayName}: {element.Definition}"
            + (element.CodeSet is { } set ? $" A code of the {set} code set." : "")
            + (element.Required ? " Required for actions I and U." : "");
        return element.Type switch
        {
            DataType.Date => Pattern(description + " YYYYMMDD.", "^[0-9]{8}$"),
            DataType.MonthYear => Pattern(description + " MMYYYY.", "^[0-9]{6}$"),
            DataType.Year => Pattern(description + " YYYY.", "^[0-9]{4}$"),
            DataType.Phone => Pattern(description + " Ten digits.", "^[0-9]{10}$"),
            DataType.YesNo => new OpenApiSchema { Type = JsonSchemaType.String, Enum = [JsonValue.Create("Yes"), JsonValue.Create("No")], Description = description },
            DataType.Integer => WholeNumber(description, numbers, !element.Required),
            DataType.Decimal => Number(JsonSchemaType.Number, "^[0-9]+(\\.[0-9]+)?$", null, numbers, !element.Required,
                description + string.Create(CultureInfo.InvariantCulture, $" Up to {element.Precision} digits, {element.Scale} after the point.")),
            DataType.Email => new OpenApiSchema { Type = JsonSchemaType.String, Format = "email", MaxLength = element.MaxLength, Description = description },
            _ => Text(description, element.MaxLength),
        };
    }

    public static string RowSchemaName(DataSection section) => section + "Row";

    /// <summary>JSON names are the catalogue keys in camelCase (the inverse of <see cref="SubmissionFormat.FromJsonName"/>).</summary>
    private static string JsonName(string key) => string.Concat(char.ToLowerInvariant(key[0]).ToString(), key.AsSpan(1));

    private static OpenApiSchema Object(string description, Dictionary<string, IOpenApiSchema> properties, List<string> required) => new()
    {
        Type = JsonSchemaType.Object,
        Description = description,
        Properties = properties,
        Required = new HashSet<string>(required, StringComparer.Ordinal),
        AdditionalPropertiesAllowed = false,
    };

    private static OpenApiSchema Text(string description, int? maxLength) =>
        new() { Type = JsonSchemaType.String, MaxLength = maxLength, Description = description };

    private static OpenApiSchema Pattern(string description, string pattern) =>
        new() { Type = JsonSchemaType.String, Pattern = pattern, Description = description };

    private static OpenApiSchema WholeNumber(string description, SubmissionNumbers numbers, bool optional) =>
        Number(JsonSchemaType.Integer, "^[0-9]+$", "0", numbers, optional, description);

    /// <summary>
    /// A number: a plain JSON number (null allowed when the element is optional: the reader takes null as
    /// absent), or, as the reader takes it, a JSON number or the digits in a string.
    /// </summary>
    private static OpenApiSchema Number(JsonSchemaType type, string digits, string? minimum, SubmissionNumbers numbers, bool optional, string description)
    {
        var nullable = optional ? JsonSchemaType.Null : 0;
        return numbers == SubmissionNumbers.JsonNumbers
            ? new OpenApiSchema { Type = type | nullable, Minimum = minimum, Description = description + " (Digits in a string are accepted too.)" }
            : new OpenApiSchema
            {
                AnyOf = [new OpenApiSchema { Type = type | nullable, Minimum = minimum }, new OpenApiSchema { Type = JsonSchemaType.String, Pattern = digits }],
                Description = description,
            };
    }
}

/// <summary>
/// How the schemas describe numbers. The reader takes a number as a JSON number or as digits in a string;
/// the standalone JSON Schema says exactly that, while the API description says JSON numbers only, so that
/// client generators make plain int and double properties (a number-or-string union becomes a class no
/// generated client can fill).
/// </summary>
public enum SubmissionNumbers
{
    JsonNumbers,
    AsRead,
}
